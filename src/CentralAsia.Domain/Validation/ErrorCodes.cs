namespace CentralAsia.Domain.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationError.Code"/>. A code names a kind of error; the
/// error's path says where. Codes never change meaning once shipped; see <c>docs/error-codes.md</c>.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A required value is missing: null, or the <c>default</c> of a value type.</summary>
    public const string ValueRequired = "value.required";

    /// <summary>A text is empty or only white space.</summary>
    public const string TextBlank = "text.blank";

    /// <summary>A text is longer than its limit (500 characters for names and titles, 10,000 for prose).</summary>
    public const string TextTooLong = "text.too-long";

    /// <summary>A text holds a control character (prose may hold tab, line feed and carriage return).</summary>
    public const string TextControlCharacter = "text.control-character";

    /// <summary>An enumeration value is not one of its defined members.</summary>
    public const string EnumUndefined = "enum.undefined";

    /// <summary>A number is outside its allowed range.</summary>
    public const string NumberOutOfRange = "number.out-of-range";

    /// <summary>A collection that needs at least one element is empty.</summary>
    public const string CollectionEmpty = "collection.empty";

    /// <summary>A collection holds the same element twice.</summary>
    public const string CollectionDuplicate = "collection.duplicate";

    /// <summary>An interval ends before it starts.</summary>
    public const string IntervalReversed = "interval.reversed";

    /// <summary>The text is not well-formed JSON (syntax error, truncated document, invalid UTF-8, comment, trailing comma, text after the value).</summary>
    public const string JsonSyntax = "json.syntax";

    /// <summary>The document nests objects and arrays deeper than 64 levels.</summary>
    public const string JsonDepth = "json.depth";

    /// <summary>A JSON value has the wrong type (for example a number where a string is expected).</summary>
    public const string JsonType = "json.type";

    /// <summary>A JSON value is <c>null</c>; the canonical format never uses null (leave an optional property out instead).</summary>
    public const string JsonNull = "json.null";

    /// <summary>An object has a property the format does not define.</summary>
    public const string JsonPropertyUnknown = "json.property.unknown";

    /// <summary>An object has the same property twice.</summary>
    public const string JsonPropertyDuplicate = "json.property.duplicate";

    /// <summary>An object lacks a required property.</summary>
    public const string JsonPropertyMissing = "json.property.missing";

    /// <summary>A JSON string holds an invalid escape or invalid UTF-16 (a lone surrogate).</summary>
    public const string JsonStringInvalid = "json.string.invalid";

    /// <summary>A string that should be a JSON Pointer (RFC 6901) is not one.</summary>
    public const string JsonPointerInvalid = "json.pointer.invalid";

    /// <summary>The value is a query result, which this library writes but does not read back (it is computed from the records).</summary>
    public const string JsonTypeWriteOnly = "json.type.write-only";

    /// <summary>The <c>schemaVersion</c> is not <c>major.minor</c> text such as <c>"1.0"</c>.</summary>
    public const string SchemaVersionInvalid = "schema.version.invalid";

    /// <summary>The document is written in a newer major version of the format than this library reads.</summary>
    public const string SchemaVersionUnsupported = "schema.version.unsupported";

    /// <summary>A country code is not two letters, three letters or three digits.</summary>
    public const string CountryCodeInvalid = "country.code.invalid";

    /// <summary>A well-formed country code is not assigned in ISO 3166-1.</summary>
    public const string CountryCodeUnknown = "country.code.unknown";

    /// <summary>A currency code is not three letters.</summary>
    public const string CurrencyCodeInvalid = "currency.code.invalid";

    /// <summary>A well-formed currency code is not an active ISO 4217 code.</summary>
    public const string CurrencyCodeUnknown = "currency.code.unknown";

    /// <summary>An amount of money is not written as an invariant-culture decimal followed by a currency code, or its decimal is not in canonical form (a leading zero, <c>-0</c>).</summary>
    public const string MoneyInvalid = "money.invalid";

    /// <summary>An amount of money is negative where only zero or more is allowed.</summary>
    public const string MoneyNegative = "money.negative";

    /// <summary>Two amounts in different currencies were combined or compared.</summary>
    public const string MoneyCurrencyMismatch = "money.currency-mismatch";

    /// <summary>A date or period is not written as ISO 8601 (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, as the field allows).</summary>
    public const string DateInvalid = "date.invalid";

    /// <summary>A date or period is well formed but does not exist (month 13, 30 February, year 0).</summary>
    public const string DateNonexistent = "date.nonexistent";

    /// <summary>A quantity is not written as <c>value unit</c>, for example <c>30 bcm/yr</c>.</summary>
    public const string QuantityInvalid = "quantity.invalid";

    /// <summary>A quantity's unit is not one of the supported unit symbols.</summary>
    public const string QuantityUnitUnknown = "quantity.unit.unknown";

    /// <summary>A quantity is negative.</summary>
    public const string QuantityNegative = "quantity.negative";

    /// <summary>A quantity has a unit that does not fit the field (for example a length in bcm/yr).</summary>
    public const string QuantityUnitUnexpected = "quantity.unit.unexpected";

    /// <summary>An HS commodity code is not 2, 4 or 6 digits with a valid chapter, optionally prefixed by an edition (<c>H6:</c>).</summary>
    public const string HsCodeInvalid = "hs-code.invalid";

    /// <summary>An HS edition prefix is not one of H0 (1992) to H6 (2022).</summary>
    public const string HsCodeEditionUnknown = "hs-code.edition.unknown";

    /// <summary>An identifier is not a lowercase slug (letters a–z, digits, single hyphens between them).</summary>
    public const string IdentifierInvalid = "identifier.invalid";

    /// <summary>An identifier is longer than 64 characters.</summary>
    public const string IdentifierTooLong = "identifier.too-long";

    /// <summary>A language tag is not a BCP 47 tag such as <c>ru</c> or <c>kk-Cyrl</c>.</summary>
    public const string LanguageTagInvalid = "language-tag.invalid";

    /// <summary>A URL is not an absolute http or https URL.</summary>
    public const string UrlInvalid = "url.invalid";

    /// <summary>A UN M49 region code is not a known region or sub-region.</summary>
    public const string RegionUnknown = "region.unknown";

    /// <summary>A sub-region does not belong to the given region, or a region is given where a sub-region is needed (or the reverse).</summary>
    public const string RegionMismatch = "region.mismatch";

    /// <summary>A trade flow's partner is, or includes, its reporter.</summary>
    public const string TradePartnerIncludesReporter = "trade.partner.includes-reporter";

    /// <summary>A trade partner group in JSON lists its members out of alphabetical order (<c>"KZ+KG"</c> for <c>"KG+KZ"</c>); the canonical text has one order.</summary>
    public const string TradePartnerUnordered = "trade.partner.unordered";

    /// <summary>An estimated figure has no note saying how it was derived.</summary>
    public const string NoteRequired = "note.required";

    /// <summary>An alias repeats the preferred form of a name.</summary>
    public const string NameAliasSameAsPreferred = "name.alias.same-as-preferred";

    /// <summary>A leader's terms are not in order of their start dates.</summary>
    public const string LeaderTermsUnordered = "leader.terms.unordered";

    /// <summary>Two terms of the same office overlap.</summary>
    public const string LeaderTermsOverlap = "leader.terms.overlap";

    /// <summary>A project's status history is not in date order.</summary>
    public const string ProjectHistoryUnordered = "project.history.unordered";

    /// <summary>A project's status history has a transition the lifecycle does not allow (for example operational → proposed).</summary>
    public const string ProjectHistoryIllegalTransition = "project.history.illegal-transition";

    /// <summary>A finance commitment names China, the lender of Chinese official finance, as its recipient.</summary>
    public const string FinanceRecipientIsLender = "finance.recipient.is-lender";

    /// <summary>An identifier (or, in <c>countries</c>, a country code) appears twice in its collection.</summary>
    public const string DatasetIdDuplicate = "dataset.id.duplicate";

    /// <summary>A reference names nothing in the dataset: a source, leader, project or summit id — or a country, when the dataset lists countries.</summary>
    public const string DatasetReferenceUnresolved = "dataset.reference.unresolved";

    /// <summary>A summit participant held no office on any day of the summit.</summary>
    public const string DatasetParticipantNotInOffice = "dataset.participant.not-in-office";

    /// <summary>A declaration's signatory did not take part in its summit.</summary>
    public const string DatasetSignatoryNotParticipant = "dataset.signatory.not-participant";

    /// <summary>A declaration was adopted outside its summit's dates.</summary>
    public const string DatasetDeclarationOutsideSummit = "dataset.declaration.outside-summit";

    /// <summary>Two leaders hold the same office in the same country at the same time.</summary>
    public const string DatasetTermsOverlap = "dataset.terms.overlap";

    /// <summary>Two trade flows report the same thing (reporter, partner, direction, period, commodity, currency): a conflict to resolve, not a second figure to keep.</summary>
    public const string DatasetTradeFlowDuplicate = "dataset.trade-flow.duplicate";
}
