using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>
/// One trade figure as one country's statistics report it: the reporter's exports to, imports
/// from, or published turnover with a partner (a country or a group) in a year or month.
/// </summary>
/// <remarks>
/// <para>The two sides of a flow disagree (CIF/FOB, re-exports, timing): China's customs report
/// US$31.2bn of trade with Kazakhstan for 2022, Kazakhstan's statistics US$24.1bn. Keep both as
/// separate flows with their own reporter; never "fix" one with the other.</para>
/// <para>A headline such as "China–Central Asia trade was US$70.2bn in 2022" is a
/// <see cref="FlowDirection.Turnover"/> flow reported by China with the partner group
/// <see cref="TradePartner.CentralAsia"/>, so queries can check country figures against it
/// without counting them twice.</para>
/// <para>An <see cref="Estimated"/> figure (derived by arithmetic, not published) must say how in
/// its <see cref="Note"/>. The value is zero or more. Build with the constructor or
/// <see cref="TryCreate"/>; properties are get-only, so <c>with</c> cannot bypass validation: derive a changed copy
/// with <see cref="With"/>, e.g. <c>flow.With(value: Money.Parse("1 USD")).Value</c>.
/// Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.TradeFlowConverter))]
public sealed record TradeFlow
{
    /// <summary>Creates a trade flow.</summary>
    /// <param name="reporter">Whose statistics the figure comes from.</param>
    /// <param name="partner">The partner country or group; must not include the reporter.</param>
    /// <param name="direction">Export, import or turnover, seen from the reporter.</param>
    /// <param name="period">The year or month covered.</param>
    /// <param name="value">The value, zero or more.</param>
    /// <param name="valuation">FOB, CIF or unknown.</param>
    /// <param name="commodity">The HS code the figure covers, or null for all goods.</param>
    /// <param name="estimated">Whether the figure is derived rather than published.</param>
    /// <param name="note">How the figure was derived, or any caveat; required when <paramref name="estimated"/>.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public TradeFlow(
        CountryCode reporter,
        TradePartner partner,
        FlowDirection direction,
        TradePeriod period,
        Money value,
        Valuation valuation = Valuation.Unknown,
        HsCode? commodity = null,
        bool estimated = false,
        string? note = null,
        EquatableArray<SourceId> citations = default)
        : this(reporter, partner, direction, period, value, valuation, commodity, estimated, note, citations,
              ThrowIfInvalid(reporter, partner, direction, period, value, valuation, commodity, estimated, note, citations))
    {
    }

    internal TradeFlow(
        CountryCode reporter, TradePartner partner, FlowDirection direction, TradePeriod period, Money value, Valuation valuation,
        HsCode? commodity, bool estimated, string? note, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Reporter = reporter;
        Partner = partner;
        Direction = direction;
        Period = period;
        Value = value;
        Valuation = valuation;
        Commodity = commodity;
        Estimated = estimated;
        Note = note;
        Citations = citations;
    }

    /// <summary>Whose statistics the figure comes from.</summary>
    public CountryCode Reporter { get; }

    /// <summary>The partner country or group.</summary>
    public TradePartner Partner { get; }

    /// <summary>Export, import or turnover, seen from the reporter.</summary>
    public FlowDirection Direction { get; }

    /// <summary>The year or month covered.</summary>
    public TradePeriod Period { get; }

    /// <summary>The value, zero or more.</summary>
    public Money Value { get; }

    /// <summary>The valuation basis.</summary>
    public Valuation Valuation { get; }

    /// <summary>The HS code covered, or null for all goods.</summary>
    public HsCode? Commodity { get; }

    /// <summary>Whether the figure is derived rather than published.</summary>
    public bool Estimated { get; }

    /// <summary>How the figure was derived, or a caveat; never null when <see cref="Estimated"/>.</summary>
    public string? Note { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a trade flow, returning every error instead of throwing.</summary>
    /// <param name="reporter">The reporter.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="period">The period.</param>
    /// <param name="value">The value.</param>
    /// <param name="valuation">The valuation basis.</param>
    /// <param name="commodity">The HS code, or null.</param>
    /// <param name="estimated">Whether derived.</param>
    /// <param name="note">The note.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The flow, or every error with its JSON Pointer.</returns>
    public static ValidationResult<TradeFlow> TryCreate(
        CountryCode reporter,
        TradePartner? partner,
        FlowDirection direction,
        TradePeriod period,
        Money value,
        Valuation valuation = Valuation.Unknown,
        HsCode? commodity = null,
        bool estimated = false,
        string? note = null,
        EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, reporter, partner, direction, period, value, valuation, commodity, estimated, note, citations);
        return errors.HasErrors ? errors.ToFailure<TradeFlow>() : new(new TradeFlow(reporter, partner!, direction, period, value, valuation, commodity, estimated, note, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="reporter">The new value of <see cref="Reporter"/>; leave it out to keep it.</param>
    /// <param name="partner">The new value of <see cref="Partner"/>; leave it out to keep it.</param>
    /// <param name="direction">The new value of <see cref="Direction"/>; leave it out to keep it.</param>
    /// <param name="period">The new value of <see cref="Period"/>; leave it out to keep it.</param>
    /// <param name="value">The new value of <see cref="Value"/>; leave it out to keep it.</param>
    /// <param name="valuation">The new value of <see cref="Valuation"/>; leave it out to keep it.</param>
    /// <param name="commodity">The new value of <see cref="Commodity"/>; leave it out to keep it.</param>
    /// <param name="estimated">The new value of <see cref="Estimated"/>; leave it out to keep it.</param>
    /// <param name="note">The new value of <see cref="Note"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<TradeFlow> With(
        Change<CountryCode> reporter = default,
        Change<TradePartner?> partner = default,
        Change<FlowDirection> direction = default,
        Change<TradePeriod> period = default,
        Change<Money> value = default,
        Change<Valuation> valuation = default,
        Change<HsCode?> commodity = default,
        Change<bool> estimated = default,
        Change<string?> note = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            reporter.Or(Reporter),
            partner.Or(Partner),
            direction.Or(Direction),
            period.Or(Period),
            value.Or(Value),
            valuation.Or(Valuation),
            commodity.Or(Commodity),
            estimated.Or(Estimated),
            note.Or(Note),
            citations.Or(Citations));

    internal static void Validate(
        ref ErrorCollector errors, CountryCode reporter, TradePartner? partner, FlowDirection direction, TradePeriod period, Money value,
        Valuation valuation, HsCode? commodity, bool estimated, string? note, EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, reporter, "/reporter");
        if (partner is null)
        {
            FieldRules.Required(ref errors, partner, "/partner");
        }
        else if (reporter != default && partner.Includes(reporter))
        {
            errors.Add(ErrorCodes.TradePartnerIncludesReporter, "/partner", $"The partner {partner} includes the reporter {reporter}; a country does not trade with itself.");
        }

        FieldRules.Defined(ref errors, direction, "/direction");
        FieldRules.Required(ref errors, period, "/period");
        FieldRules.Required(ref errors, value, "/value");
        FieldRules.OptionalNonNegative(ref errors, value == default ? null : value, "/value");
        FieldRules.Defined(ref errors, valuation, "/valuation");
        if (commodity is { } hs)
        {
            FieldRules.Required(ref errors, hs, "/commodity");
        }

        if (estimated && string.IsNullOrWhiteSpace(note))
        {
            errors.Add(ErrorCodes.NoteRequired, "/note", "An estimated figure needs a note saying how it was derived.");
        }
        else
        {
            FieldRules.OptionalProse(ref errors, note, "/note");
        }

        FieldRules.Citations(ref errors, citations);
    }

    private static Validated ThrowIfInvalid(
        CountryCode reporter, TradePartner? partner, FlowDirection direction, TradePeriod period, Money value, Valuation valuation,
        HsCode? commodity, bool estimated, string? note, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, reporter, partner, direction, period, value, valuation, commodity, estimated, note, citations);
        errors.ThrowIfAny(nameof(TradeFlow));
        return Validated.Yes;
    }
}
