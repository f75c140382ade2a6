using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>
/// Answers the questions asked of trade figures — totals, breakdowns with shares and ranks, growth,
/// balance, mirror comparisons, checks of country figures against a published group total — without
/// ever double counting.
/// </summary>
/// <remarks>
/// <para><b>Totals.</b> The total trade of a reporter with a partner in a period is the reporter's
/// published turnover if there is one, otherwise its exports plus its imports (both must be known),
/// otherwise — for a year — the sum of twelve monthly totals. Never turnover and exports together,
/// and never the partner's mirror figure: each total is one reporter's statistics.</para>
/// <para><b>What counts.</b> Flows for all goods (no HS code) count towards totals; commodity flows
/// (for example gas, HS 2711) are detail and never add to a total, and so are re-exports and re-imports
/// (<see cref="FlowDirection.ReExport"/>, <see cref="FlowDirection.ReImport"/>: a reporter's exports and imports
/// already include them). Flows whose partner is a group
/// (China–Central Asia) are published group totals: they are used by <see cref="CheckGroupTotal"/>
/// and never mixed with country figures.</para>
/// <para><b>One currency.</b> A ledger holds flows in one currency; building one from flows in
/// several is refused with <see cref="ErrorCodes.MoneyCurrencyMismatch"/> — figures are never
/// converted or summed across currencies silently.</para>
/// <para>Building the ledger indexes the flows once (time and memory linear in their number);
/// queries then cost a few lookups. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TradeLedger
{
    private readonly Dictionary<(CountryCode Reporter, TradePartner Partner, TradePeriod Period), Figures> figures;
    private readonly Dictionary<(CountryCode Reporter, TradePeriod Period), List<CountryCode>> partnersByReporter;

    private TradeLedger(EquatableArray<TradeFlow> flows, CurrencyCode currency)
    {
        Flows = flows;
        Currency = currency;
        figures = new(flows.Length);
        partnersByReporter = [];
        foreach (var flow in flows)
        {
            if (flow.Commodity is not null)
            {
                continue;
            }

            // One hash lookup per flow, and the figures updated in place (a struct: no object per key).
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(figures, (flow.Reporter, flow.Partner, flow.Period), out var existed);
            if (!existed)
            {
                if (flow.Partner.IsSingleCountry)
                {
                    var byReporter = (flow.Reporter, flow.Period);
                    if (!partnersByReporter.TryGetValue(byReporter, out var partners))
                    {
                        partnersByReporter[byReporter] = partners = [];
                    }

                    partners.Add(flow.Partner.Countries[0]);
                }
            }

            entry.Add(flow);
        }
    }

    /// <summary>The flows of the ledger, in the order given.</summary>
    public EquatableArray<TradeFlow> Flows { get; }

    /// <summary>The one currency of every flow (<c>default</c> for an empty ledger).</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Builds a ledger over flows that share one currency.</summary>
    /// <param name="flows">The flows.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="DomainValidationException">A flow is null, or the flows are in more than one currency; every offending flow is listed.</exception>
    public static TradeLedger Create(IEnumerable<TradeFlow> flows) => TryCreate(flows).Value;

    /// <summary>Builds a ledger, returning every error instead of throwing.</summary>
    /// <param name="flows">The flows.</param>
    /// <returns>The ledger, or an error for each null flow and each flow whose currency differs from the first flow's (path <c>/i/value/currency</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    public static ValidationResult<TradeLedger> TryCreate(IEnumerable<TradeFlow> flows)
    {
        var list = flows is EquatableArray<TradeFlow> array ? array : EquatableArray.From(Preconditions.CheckNotNull(flows));
        var errors = default(ErrorCollector);
        var currency = default(CurrencyCode);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { } flow)
            {
                errors.Add(ErrorCodes.ValueRequired, JsonPointer.Item(string.Empty, i), "A trade flow is required.");
            }
            else if (currency == default)
            {
                currency = flow.Value.Currency;
            }
            else if (flow.Value.Currency != currency)
            {
                errors.Add(
                    ErrorCodes.MoneyCurrencyMismatch,
                    JsonPointer.Item(string.Empty, i) + "/value/currency",
                    $"This flow is in {flow.Value.Currency}, the ledger in {currency}: convert the figures first; currencies are never mixed.");
            }
        }

        return errors.HasErrors ? errors.ToFailure<TradeLedger>() : new(new TradeLedger(list, currency));
    }

    /// <summary>The total trade of <paramref name="reporter"/> with <paramref name="partner"/> in a period, as the reporter's statistics give it.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The partner country.</param>
    /// <param name="period">The year or month.</param>
    /// <returns>The total, or null when the reporter's figures do not give it.</returns>
    /// <exception cref="ArgumentException">An argument is <c>default</c>.</exception>
    public TradeTotal? Total(CountryCode reporter, CountryCode partner, TradePeriod period) =>
        Total(reporter, TradePartner.Of(Preconditions.CheckNotDefault(partner, nameof(partner))), period);

    /// <summary>The total trade of <paramref name="reporter"/> with a partner country or group in a period (see the type's remarks).</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="period">The year or month.</param>
    /// <returns>The total, or null when the reporter's figures do not give it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reporter"/> or <paramref name="period"/> is <c>default</c>.</exception>
    public TradeTotal? Total(CountryCode reporter, TradePartner partner, TradePeriod period)
    {
        Preconditions.CheckNotNull(partner);
        Preconditions.CheckNotDefault(reporter, nameof(reporter));
        Preconditions.CheckNotDefault(period, nameof(period));
        if (figures.TryGetValue((reporter, partner, period), out var entry) && entry.Total(reporter, partner, period) is { } total)
        {
            return total;
        }

        return period.Kind == TradePeriodKind.Year ? SumOfMonths(reporter, partner, period) : null;
    }

    /// <summary>The reporter's exports to the partner minus its imports from it.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The partner country.</param>
    /// <param name="period">The year or month.</param>
    /// <returns>The balance (positive = surplus), or null when exports or imports are unknown.</returns>
    /// <exception cref="ArgumentException">An argument is <c>default</c>.</exception>
    public Money? Balance(CountryCode reporter, CountryCode partner, TradePeriod period) =>
        figures.TryGetValue((Preconditions.CheckNotDefault(reporter, nameof(reporter)), TradePartner.Of(Preconditions.CheckNotDefault(partner, nameof(partner))), Preconditions.CheckNotDefault(period, nameof(period))), out var entry) && entry.Export is { } export && entry.Import is { } import
            ? export.Value - import.Value
            : null;

    /// <summary>Year-on-year growth of the total: this period's total over the same period a year earlier, minus one.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The partner country.</param>
    /// <param name="period">The later period.</param>
    /// <returns>The growth (0.236 = +23.6%), or null when either total is unknown or the earlier is zero.</returns>
    /// <exception cref="ArgumentException">An argument is <c>default</c>.</exception>
    public decimal? Growth(CountryCode reporter, CountryCode partner, TradePeriod period)
    {
        if (Preconditions.CheckNotDefault(period, nameof(period)).Year == 1 || Total(reporter, partner, period) is not { } now || Total(reporter, partner, period.PreviousYear()) is not { } before || before.Value.Amount == 0m)
        {
            return null;
        }

        return (now.Value.Amount / before.Value.Amount) - 1m;
    }

    /// <summary>The same trade as each side reports it.</summary>
    /// <param name="first">One country.</param>
    /// <param name="second">The other.</param>
    /// <param name="period">The period.</param>
    /// <returns>Each side's total with the other, their gap and ratio.</returns>
    /// <exception cref="ArgumentException">An argument is <c>default</c>.</exception>
    public MirrorComparison Mirror(CountryCode first, CountryCode second, TradePeriod period) =>
        new(Total(first, second, period), Total(second, first, period));

    /// <summary>
    /// Every direction of trade between two countries that either reports in the ledger (all goods, country partners),
    /// with the exporter's exports beside the importer's imports: mirror statistics for a whole file at once.
    /// </summary>
    /// <returns>One entry per exporter, importer and period, ordered by exporter, importer and period; a side that reports nothing is null.</returns>
    /// <remarks>Linear in the number of flows: one lookup of the mirror figure per export and per import figure.</remarks>
    public EquatableArray<MirrorFlow> MirrorFlows()
    {
        var pairs = new List<MirrorFlow>();
        foreach (var ((reporter, partner, period), entry) in figures)
        {
            if (!partner.IsSingleCountry)
            {
                continue;
            }

            var other = partner.Countries[0];
            var back = figures.TryGetValue((other, TradePartner.Of(reporter), period), out var theirs) ? theirs : default;
            if (entry.Export is { } exports)
            {
                pairs.Add(new MirrorFlow(reporter, other, period, exports, back.Import));
            }

            if (entry.Import is { } imports && back.Export is null)
            {
                // Only the importer reports this direction; the exporter's side, when present, was added above from its own entry.
                pairs.Add(new MirrorFlow(other, reporter, period, null, imports));
            }
        }

        pairs.Sort(static (a, b) =>
            a.Exporter != b.Exporter ? a.Exporter.CompareTo(b.Exporter)
            : a.Importer != b.Importer ? a.Importer.CompareTo(b.Importer)
            : a.Period.CompareTo(b.Period));
        return EquatableArray.From(pairs);
    }

    /// <summary>The mirror pairs whose ratio of imports to exports lies outside a band, or whose other side is missing.</summary>
    /// <param name="low">The lowest sound ratio of imports (CIF) to exports (FOB), for example 0.9.</param>
    /// <param name="high">The highest sound ratio, for example 1.25; not below <paramref name="low"/>.</param>
    /// <returns>The pairs of <see cref="MirrorFlows"/> that are not <see cref="MirrorFlow.IsWithin"/> the band, in the same order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="high"/> is below <paramref name="low"/>.</exception>
    /// <exception cref="OverflowException">A pair's ratio is outside the range of <see cref="decimal"/> (see <see cref="MirrorFlow.Ratio"/>).</exception>
    public EquatableArray<MirrorFlow> MirrorFlowsOutside(decimal low, decimal high)
    {
        MirrorFlow.CheckBand(low, high);
        return EquatableArray.From(MirrorFlows().AsImmutableArray().Where(pair => !pair.IsWithin(low, high)));
    }

    /// <summary>A reporter's trade broken down by partner, with shares of the listed partners' sum and ranks.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="period">The period.</param>
    /// <param name="partners">The partners to include; null for every partner with a figure.</param>
    /// <returns>The breakdown, largest partner first.</returns>
    /// <exception cref="ArgumentException"><paramref name="reporter"/>, <paramref name="period"/> or a partner is <c>default</c>.</exception>
    public TradeBreakdown Breakdown(CountryCode reporter, TradePeriod period, IEnumerable<CountryCode>? partners = null)
    {
        Preconditions.CheckNotDefault(reporter, nameof(reporter));
        Preconditions.CheckNotDefault(period, nameof(period));
        var candidates = partners?.Distinct().ToArray()
            ?? (partnersByReporter.TryGetValue((reporter, period), out var known) ? [.. known] : []);
        var totals = new List<TradeTotal>(candidates.Length);
        var unknown = new List<CountryCode>();
        foreach (var partner in candidates)
        {
            if (Total(reporter, partner, period) is { } total)
            {
                totals.Add(total);
            }
            else
            {
                unknown.Add(partner);
            }
        }

        totals.Sort((a, b) => b.Value.Amount != a.Value.Amount ? b.Value.Amount.CompareTo(a.Value.Amount) : a.Partner.Countries[0].CompareTo(b.Partner.Countries[0]));
        // An empty ledger has no currency, so its sum has none either: no total rather than an invented "0 USD".
        var currency = totals.Count > 0 ? totals[0].Value.Currency : Currency;
        var sum = totals.Aggregate(0m, (s, t) => s + t.Value.Amount);
        var rows = new PartnerShare[totals.Count];
        for (var i = 0; i < totals.Count; i++)
        {
            var rank = i > 0 && totals[i].Value.Amount == totals[i - 1].Value.Amount ? rows[i - 1].Rank : i + 1;
            rows[i] = new PartnerShare(totals[i], sum == 0m ? 0m : totals[i].Value.Amount / sum, rank);
        }

        unknown.Sort();
        return new TradeBreakdown(reporter, period, currency == default ? null : new Money(sum, currency), EquatableArray.Create<PartnerShare>(rows), EquatableArray.From(unknown));
    }

    /// <summary>Checks a published group total (reporter with a group of partners) against the sum of the reporter's totals with each member.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="group">The group, for example <see cref="TradePartner.CentralAsia"/>.</param>
    /// <param name="period">The period.</param>
    /// <returns>The check, or null when no group total is published.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reporter"/> or <paramref name="period"/> is <c>default</c>.</exception>
    public GroupTotalCheck? CheckGroupTotal(CountryCode reporter, TradePartner group, TradePeriod period)
    {
        if (Total(reporter, Preconditions.CheckNotNull(group), period) is not { } published)
        {
            return null;
        }

        var parts = new List<TradeTotal>();
        var missing = new List<CountryCode>();
        foreach (var member in group.Countries)
        {
            if (Total(reporter, member, period) is { } part)
            {
                parts.Add(part);
            }
            else
            {
                missing.Add(member);
            }
        }

        var sum = parts.Aggregate(0m, (s, t) => s + t.Value.Amount);
        return new GroupTotalCheck(published, new Money(sum, published.Value.Currency), EquatableArray.From(parts), EquatableArray.From(missing));
    }

    /// <summary>Totals by period: every year or month (of <paramref name="kind"/>) in which the reporter's total with the partner is known, in order.</summary>
    /// <param name="reporter">Whose statistics.</param>
    /// <param name="partner">The partner country.</param>
    /// <param name="kind">Years or months.</param>
    /// <returns>The totals, earliest first.</returns>
    /// <exception cref="ArgumentException">A country is <c>default</c>, or <paramref name="kind"/> is not defined.</exception>
    public EquatableArray<TradeTotal> Series(CountryCode reporter, CountryCode partner, TradePeriodKind kind)
    {
        Preconditions.CheckNotDefault(reporter, nameof(reporter));
        if (!Enum.IsDefined(kind))
        {
            Preconditions.ThrowArgument(nameof(kind), $"{kind} is not a defined TradePeriodKind.");
        }

        var single = TradePartner.Of(partner);
        var periods = figures.Keys.Where(k => k.Reporter == reporter && k.Partner == single).Select(k => k.Period)
            .Select(p => kind == TradePeriodKind.Year ? TradePeriod.ForYear(p.Year) : p)
            .Where(p => p.Kind == kind)
            .Distinct().Order();
        return EquatableArray.From(periods.Select(p => Total(reporter, single, p)).OfType<TradeTotal>());
    }

    private TradeTotal? SumOfMonths(CountryCode reporter, TradePartner partner, TradePeriod year)
    {
        var months = new List<TradeTotal>(12);
        for (var month = 1; month <= 12; month++)
        {
            var period = TradePeriod.ForMonth(year.Year, month);
            if (!figures.TryGetValue((reporter, partner, period), out var entry) || entry.Total(reporter, partner, period) is not { } total)
            {
                return null;
            }

            months.Add(total);
        }

        var sum = months.Aggregate(0m, (s, t) => s + t.Value.Amount);
        return new TradeTotal(reporter, partner, year, new Money(sum, months[0].Value.Currency), TotalBasis.SumOfMonths, EquatableArray.From(months.SelectMany(m => m.Flows)));
    }

    /// <summary>The figures one reporter gives for one partner and period.</summary>
    private struct Figures
    {
        internal TradeFlow? Turnover { get; private set; }

        internal TradeFlow? Export { get; private set; }

        internal TradeFlow? Import { get; private set; }

        internal void Add(TradeFlow flow)
        {
            // A valid dataset has one figure per direction; for a bare list, the first one given wins.
            switch (flow.Direction)
            {
                case FlowDirection.Turnover: Turnover ??= flow; break;
                case FlowDirection.Export: Export ??= flow; break;
                case FlowDirection.Import: Import ??= flow; break;
                default: break; // Re-exports and re-imports are part of exports and imports already: detail, never a total.
            }
        }

        internal readonly TradeTotal? Total(CountryCode reporter, TradePartner partner, TradePeriod period) =>
            Turnover is { } turnover ? new TradeTotal(reporter, partner, period, turnover.Value, TotalBasis.Turnover, [turnover])
            : Export is { } export && Import is { } import ? new TradeTotal(reporter, partner, period, export.Value + import.Value, TotalBasis.ExportsPlusImports, [export, import])
            : null;
    }
}
