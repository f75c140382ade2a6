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
    IReadOnlyList<ThemeGroup> Commitments,
    string TradeReporter,
    int TradeYear,
    IReadOnlyList<TradeRow> Trade,
    decimal TradeTotalBillions,
    decimal? PublishedTotalBillions,
    IReadOnlyList<ProjectRow> Projects)
{
    /// <summary>The version of the JSON shape of <c>brief --format json</c> (docs/cli.md); it changes when a key is renamed or removed.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int Version { get; } = 1;

    /// <summary>Builds the briefing of the dataset's first summit, with statuses and office holders as of a day.</summary>
    public static Briefing Build(CentralAsiaDataset dataset, LocalDate? asOf)
    {
        var summit = (dataset.Summits.IsEmpty ? null : dataset.Summits[0]) ?? throw new UserException("The dataset has no summit to brief on.", ExitCodes.InvalidData);
        var day = asOf ?? summit.End;
        var leaders = dataset.ToLeaderDirectory();
        var countries = dataset.ToCountryDirectory();
        string CountryName(CountryCode code) => countries.Resolve(code.Alpha2)?.ShortName ?? code.EnglishName;

        var participants = summit.Participants
            .Select(id => dataset.Leaders.Single(l => l.Id == id))
            .Select(l =>
            {
                var atSummit = l.Terms.FirstOrDefault(t => t.Covers(summit.Start));
                return new ParticipantRow(l.Name.Preferred, CountryName(l.Country), atSummit?.Office.Title ?? "–", OnDay(l, leaders.HeadOfState(l.Country, day), day));
            })
            .ToArray();

        var commitments = dataset.Declarations.Where(d => d.Summit == summit.Id).SelectMany(d => d.Commitments)
            .GroupBy(c => c.Theme)
            .OrderBy(g => g.Key)
            .Select(g => new ThemeGroup(Kebab(g.Key.ToString()), g.Select(c => new CommitmentRow(c.Id.Value, Kebab(c.Strength.ToString()), c.Text, c.Projects.Select(p => p.Value).ToArray())).ToArray()))
            .ToArray();

        // China's (the host's) trade with the other participants in the year before the summit.
        var ledger = dataset.ToTradeLedger();
        var reporter = summit.Host;
        var year = TradePeriod.ForYear(summit.Start.Year - 1);
        var partners = participants.Length == 0 ? [] : summit.Participants.Select(id => dataset.Leaders.Single(l => l.Id == id).Country).Where(c => c != reporter).Distinct().ToArray();
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
            Iso(day), participants, commitments, CountryName(reporter), year.Year, trade, breakdown.Total is { Amount: not 0m } total ? Billions(total.Amount) : 0m,
            published is null ? null : Billions(published.Value.Amount), projects);
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

internal sealed record CommitmentRow(string Id, string Strength, string Text, IReadOnlyList<string> Projects);

internal sealed record TradeRow(string Code, string Partner, decimal ValueBillions, decimal Share, decimal? Growth, decimal? MirrorBillions, bool Estimated);

internal sealed record ProjectRow(string Name, string Kind, string Route, string Status, string Since);

