using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Tool.Brief;

/// <summary>Everything the briefing shows, computed once with the library's queries; every renderer reads this.</summary>
internal sealed record Briefing(
    string Summit,
    string City,
    string Host,
    string Dates,
    string AsOf,
    IReadOnlyList<ParticipantRow> Participants,
    IReadOnlyList<DocumentRow> Documents,
    IReadOnlyList<ThemeGroup> Commitments,
    IReadOnlyList<QuoteRow> Quotes,
    string TradeReporter,
    int TradeYear,
    IReadOnlyList<TradeRow> Trade,
    decimal TradeTotalBillions,
    decimal? PublishedTotalBillions,
    IReadOnlyList<int> SeriesYears,
    IReadOnlyList<SeriesRow> TradeSeries,
    IReadOnlyList<ProjectRow> Projects)
{
    /// <summary>The version of the JSON shape of <c>brief --format json</c> (docs/cli.md); it changes when a key is renamed or removed.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int Version { get; } = 1;

    /// <summary>
    /// Builds the briefing of a summit — the one named, or else the latest that had begun by <paramref name="asOf"/>
    /// (the latest of all without a day, the first when the day precedes them all) — with statuses and office holders
    /// as of the day, and trade in US dollars (a dataset may also give figures in yuan: they are never mixed in).
    /// </summary>
    public static Briefing Build(CentralAsiaDataset dataset, LocalDate? asOf, string? summitId = null)
    {
        var summit = ChooseSummit(dataset, asOf, summitId);
        var day = asOf ?? summit.End;
        var leaders = dataset.ToLeaderDirectory();
        var countries = dataset.ToCountryDirectory();
        string CountryName(CountryCode code) => countries.Resolve(code.Alpha2)?.ShortName ?? code.EnglishName;
        Leader LeaderOf(LeaderId id) => dataset.Leaders.Single(l => l.Id == id);

        var participants = summit.Participants
            .Select(LeaderOf)
            .Select(l =>
            {
                var atSummit = l.Terms.FirstOrDefault(t => t.Covers(summit.Start));
                return new ParticipantRow(l.Name.Preferred, CountryName(l.Country), atSummit?.Office.Title ?? "–", OnDay(l, leaders.HeadOfState(l.Country, day), day));
            })
            .ToArray();

        var declarations = dataset.Declarations.Where(d => d.Summit == summit.Id).ToArray();
        var documents = declarations.Select(d => new DocumentRow(d.Id.Value, d.Title, Iso(d.Adopted), d.Signatories.Length)).ToArray();
        var commitments = declarations.SelectMany(d => d.Commitments.Select(c => (Declaration: d, Commitment: c)))
            .GroupBy(x => x.Commitment.Theme)
            .OrderBy(g => g.Key)
            .Select(g => new ThemeGroup(Kebab(g.Key.ToString()), g.Select(x => new CommitmentRow(
                x.Commitment.Id.Value, Kebab(x.Commitment.Strength.ToString()), x.Commitment.Text, x.Commitment.Projects.Select(p => p.Value).ToArray(), x.Declaration.Title)).ToArray()))
            .ToArray();
        var quotes = declarations.SelectMany(d => d.Quotes.Select(q => new QuoteRow(LeaderOf(q.Speaker).Name.Preferred, q.Words, d.Title))).ToArray();

        // China's trade with the other participants (China is the C of C+C5, whoever hosts), in the year before the summit.
        var ledger = dataset.ToTradeLedger(CurrencyCode.Usd);
        var participantCountries = summit.Participants.Select(id => LeaderOf(id).Country).Distinct().ToArray();
        var reporter = participantCountries.Contains(CountryCode.China) ? CountryCode.China : summit.Host;
        var year = TradePeriod.ForYear(summit.Start.Year - 1);
        var partners = participantCountries.Where(c => c != reporter).ToArray();
        var breakdown = ledger.Breakdown(reporter, year, partners);
        var trade = breakdown.Partners.Select(p =>
        {
            var partner = p.Total.Partner.Countries[0];
            var mirror = ledger.Mirror(reporter, partner, year).Second;
            return new TradeRow(
                partner.Alpha2, CountryName(partner), Billions(p.Total.Value.Amount), p.Share,
                ledger.Growth(reporter, partner, year),
                mirror is null ? null : Billions(mirror.Value.Amount), p.Total.Estimated);
        }).ToArray();
        var published = ledger.Total(reporter, TradePartner.Group(partners.Length == 0 ? [reporter] : partners), year);
        var (seriesYears, series) = Series(ledger, reporter, partners, day.Year, CountryName);

        var projects = dataset.ProjectsConcernedBy(summit.Id).Concat(dataset.Projects).Distinct()
            .Select(p =>
            {
                var status = p.StatusOn(day);
                return new ProjectRow(p.Name, Kebab(p.Kind.ToString()), string.Join(" → ", p.Route.Select(c => c.Alpha2)),
                    status is null ? "not started" : Kebab(status.Status.ToString()) + (status.IsCertain ? string.Empty : " (or " + Kebab(status.PossiblyChangedTo!.Status.ToString()) + ")"),
                    status?.Since.Date.ToString() ?? "–");
            })
            .ToArray();

        return new Briefing(
            summit.Name, summit.City, CountryName(summit.Host),
            summit.Start == summit.End ? Iso(summit.Start) : $"{Iso(summit.Start)} – {Iso(summit.End)}",
            Iso(day), participants, documents, commitments, quotes, CountryName(reporter), year.Year, trade,
            breakdown.Total is { Amount: not 0m } total ? Billions(total.Amount) : 0m,
            published is null ? null : Billions(published.Value.Amount), seriesYears, series, projects);
    }

    private static Summit ChooseSummit(CentralAsiaDataset dataset, LocalDate? asOf, string? summitId)
    {
        if (dataset.Summits.IsEmpty)
        {
            throw new UserException("The dataset has no summit to brief on.", ExitCodes.InvalidData);
        }

        if (summitId is not null)
        {
            return dataset.Summits.FirstOrDefault(s => s.Id.Value == summitId)
                ?? throw new UserException($"--summit: the dataset has no summit '{summitId}'; it has {string.Join(", ", dataset.Summits.Select(s => s.Id.Value))}.");
        }

        var byStart = dataset.Summits.OrderBy(s => s.Start).ToArray();
        return asOf is { } day ? byStart.LastOrDefault(s => s.Start <= day) ?? byStart[0] : byStart[^1];
    }

    /// <summary>The reporter's yearly turnover with each partner up to <paramref name="lastYear"/>, and the partner's own where it publishes one.</summary>
    private static (int[] Years, SeriesRow[] Rows) Series(TradeLedger ledger, CountryCode reporter, CountryCode[] partners, int lastYear, Func<CountryCode, string> countryName)
    {
        var years = ledger.Flows
            .Where(f => f.Period.Year <= lastYear && f.Commodity is null
                && ((f.Reporter == reporter && f.Partner.Countries.Length == 1 && partners.Contains(f.Partner.Countries[0]))
                    || (partners.Contains(f.Reporter) && f.Partner == TradePartner.Of(reporter))))
            .Select(f => f.Period.Year).Distinct().Order().ToArray();
        var rows = new List<SeriesRow>();
        foreach (var partner in partners)
        {
            SeriesRow Row(CountryCode from, CountryCode to, string side)
            {
                var totals = years.Select(y => ledger.Total(from, to, TradePeriod.ForYear(y))).ToArray();
                return new SeriesRow(partner.Alpha2, countryName(partner), side,
                    totals.Select(t => t is null ? (decimal?)null : Billions(t.Value.Amount)).ToArray(),
                    totals.Select(t => t?.Estimated ?? false).ToArray());
            }

            rows.Add(Row(reporter, partner, countryName(reporter)));
            var own = Row(partner, reporter, countryName(partner));
            if (own.Values.Any(v => v is not null))
            {
                rows.Add(own);
            }
        }

        return (years, rows.ToArray());
    }

    // Who the participant was on the day: before their first term a later leader did not "succeed" anyone.
    private static string OnDay(Leader leader, Incumbency? holder, LocalDate day)
    {
        if (holder is not null && holder.Leader.Id == leader.Id)
        {
            return "in office";
        }

        var first = leader.Terms.Min(t => t.Start);
        var who = holder is null ? string.Empty : $"; head of state: {holder.Leader.Name.Preferred}";
        return day < first ? $"not yet in office (from {Iso(first)}){who}" : holder is null ? "out of office" : $"succeeded by {holder.Leader.Name.Preferred}";
    }

    private static decimal Billions(decimal amount) => decimal.Round(amount / 1_000_000_000m, 2);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Kebab(string pascal) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(pascal);
}

internal sealed record ParticipantRow(string Name, string Country, string Office, string OnAsOfDate);

internal sealed record ThemeGroup(string Theme, IReadOnlyList<CommitmentRow> Items);

internal sealed record CommitmentRow(string Id, string Strength, string Text, IReadOnlyList<string> Projects, string Document);

internal sealed record DocumentRow(string Id, string Title, string Adopted, int Signatories);

internal sealed record QuoteRow(string Speaker, string Words, string Document);

/// <summary>One line of the trade series: whose figures (<see cref="Side"/>), by year, null where that side gives none.</summary>
internal sealed record SeriesRow(string Code, string Partner, string Side, IReadOnlyList<decimal?> Values, IReadOnlyList<bool> Estimated);

internal sealed record TradeRow(string Code, string Partner, decimal ValueBillions, decimal Share, decimal? Growth, decimal? MirrorBillions, bool Estimated);

internal sealed record ProjectRow(string Name, string Kind, string Route, string Status, string Since);

