using System;
using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>Readers of the canonical wire form of each value object (one form per type, no lenient alternatives).</summary>
internal static class ValueReaders
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum MoneyProperty
    {
        Amount,
        Currency,
    }

    private static readonly JsonPropertyTable<MoneyProperty> MoneyProperties = new();

    private static readonly TextParser<CountryCode> Country = CountryCode.TryParseCanonical;
    private static readonly TextParser<CurrencyCode> Currency = static (ReadOnlySpan<char> s, out CurrencyCode c) => CurrencyCode.TryParseCore(s, exact: true, out c);
    private static readonly TextParser<PartialDate> Partial = PartialDate.TryParseCore;
    private static readonly TextParser<TradePeriod> Period = TradePeriod.TryParseCore;
    private static readonly TextParser<Quantity> QuantityParser = Quantity.TryParseCore;
    private static readonly TextParser<HsCode> Hs = HsCode.TryParseCore;
    private static readonly TextParser<TradePartner?> Partner = static (ReadOnlySpan<char> s, out TradePartner? p) => TradePartner.TryParseCore(s, canonical: true, out p);
    private static readonly TextParser<LocalDate> Date = ParseLocalDate;
    private static readonly TextParser<Region> RegionParser = static (ReadOnlySpan<char> s, out Region r) =>
        Region.TryParse(s, out r) ? null : ErrorCodes.RegionUnknown;

    internal static readonly ItemReader<CountryCode> CountryItem = static (ref Utf8JsonReader r, JsonReadState s) => ReadCountry(ref r, s);
    internal static readonly ItemReader<string> NameItem = static (ref Utf8JsonReader r, JsonReadState s) => s.ReadString(ref r, "a name")!;

    internal static CountryCode ReadCountry(ref Utf8JsonReader reader, JsonReadState state)
    {
        var code = state.ReadParsed(ref reader, Country, "an ISO 3166-1 alpha-2 code such as \"KZ\"");
        if (code != default)
        {
            state.NoteKey(code.Alpha2);
        }

        return code;
    }

    internal static CurrencyCode ReadCurrency(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, Currency, "an ISO 4217 code such as \"USD\"");

    internal static PartialDate ReadPartialDate(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, Partial, "a date such as \"2014\", \"2014-09\" or \"2014-09-13\"");

    internal static LocalDate ReadLocalDate(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, Date, "a date such as \"2023-05-19\"");

    internal static TradePeriod ReadTradePeriod(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, Period, "a year or month such as \"2022\" or \"2022-05\"");

    internal static Quantity ReadQuantity(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, QuantityParser, "a quantity such as \"30 bcm/yr\"");

    internal static HsCode ReadHsCode(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, Hs, "an HS code such as \"2711\" or \"H6:271121\"");

    internal static Region ReadRegion(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, RegionParser, "a UN M49 code such as \"143\"");

    internal static TradePartner? ReadPartner(ref Utf8JsonReader reader, JsonReadState state) => state.ReadParsed(ref reader, Partner, "a country code or codes joined by '+', such as \"KZ\" or \"KG+KZ+TJ+TM+UZ\"");

    internal static TId? ReadId<TId>(ref Utf8JsonReader reader, JsonReadState state)
        where TId : Identifier<TId>, IIdentifier<TId> => state.ReadId(ref reader, IdItem<TId>.Parse, "an identifier such as \"xi-jinping\"");

    internal static EquatableArray<TId> ReadIds<TId>(ref Utf8JsonReader reader, JsonReadState state)
        where TId : Identifier<TId>, IIdentifier<TId> => state.ReadArray(ref reader, IdItem<TId>.Reader, "identifiers", shareSingle: true);

    internal static EquatableArray<CountryCode> ReadCountries(ref Utf8JsonReader reader, JsonReadState state) => state.ReadArray(ref reader, CountryItem, "country codes");

    internal static EquatableArray<string> ReadNames(ref Utf8JsonReader reader, JsonReadState state) => state.ReadArray(ref reader, NameItem, "names");

    internal static Uri? ReadUrl(ref Utf8JsonReader reader, JsonReadState state)
    {
        var text = state.ReadString(ref reader, "an absolute http or https URL");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        state.Error(ErrorCodes.UrlInvalid, $"'{(text.Length > 80 ? text[..80] + "…" : text)}' is not an absolute http or https URL.", reader.TokenStartIndex);
        return null;
    }

    /// <summary>Reads <c>{"amount": 31200000000, "currency": "USD"}</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="state">The read.</param>
    /// <param name="nonNegative">The field must not be negative: when the value cannot be built for another
    /// reason (a bad currency), a negative amount is reported too, so both faults are seen at once.</param>
    internal static Money? ReadMoney(ref Utf8JsonReader reader, JsonReadState state, bool nonNegative = false)
    {
        if (!state.BeginObject(ref reader, "an amount of money"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        decimal? amount = null;
        long amountOffset = -1;
        CurrencyCode currency = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, MoneyProperties, ref seen, start)) >= 0)
        {
            switch ((MoneyProperty)property)
            {
                case MoneyProperty.Amount:
                    amountOffset = reader.TokenStartIndex;
                    amount = state.ReadDecimal(ref reader);
                    break;
                case MoneyProperty.Currency:
                    currency = ReadCurrency(ref reader, state);
                    break;
                default: throw MoneyProperties.Unhandled(property);
            }

            state.Pop();
        }

        if (state.Errors.Count == before && amount is { } a && currency != default)
        {
            return new Money(a, currency);
        }

        // The record's own rule (money.negative) runs only on a value that could be built.
        if (nonNegative && amount is { } negative && negative < 0m)
        {
            state.PushProperty("amount");
            state.Error(ErrorCodes.MoneyNegative, $"The amount {negative.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative; it must be zero or more.", amountOffset);
            state.Pop();
        }

        return default(Money);
    }

    private static string? ParseLocalDate(ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10)
        {
            return ErrorCodes.DateInvalid;
        }

        var error = IsoDateText.TryParse(s, out var y, out var m, out var d);
        if (error is null)
        {
            date = new LocalDate(y, m, d);
        }

        return error;
    }

    private static class IdItem<TId>
        where TId : Identifier<TId>, IIdentifier<TId>
    {
        internal static readonly ItemReader<TId> Reader = static (ref Utf8JsonReader r, JsonReadState s) => ReadId<TId>(ref r, s)!;

        internal static readonly TextParser<TId?> Parse = Identifier<TId>.TryParseCore;
    }
}
