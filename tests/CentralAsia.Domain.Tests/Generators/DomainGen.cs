using System;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using CentralAsia.Domain.Data;
using NodaTime;
using G = CentralAsia.Domain.Geography;
using T = CentralAsia.Domain.Trade;
using V = CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Tests.Generators;

/// <summary>Generators of valid values for every domain type. Every property in the tests draws from here.</summary>
public static class DomainGen
{
    public static Gen<CountryCode> Country { get; } = Gen.Elements(CountryCode.All.ToArray());

    public static Gen<CurrencyCode> Currency { get; } = Gen.Elements(CurrencyCode.All.ToArray());

    public static Gen<Region> Region { get; } = Gen.Elements(G.Region.All.ToArray());

    /// <summary>Any decimal: small everyday amounts, and raw 96-bit values with any scale (28 significant digits).</summary>
    public static Gen<decimal> AnyDecimal { get; } = Gen.Frequency(
        (3, Gen.Choose(-1_000_000, 1_000_000).SelectMany(n => Gen.Choose(0, 4), (n, scale) => new decimal(Math.Abs(n), 0, 0, n < 0, (byte)scale))),
        (2, from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(int.MinValue, int.MaxValue)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale)));

    public static Gen<decimal> NonNegativeDecimal { get; } = AnyDecimal.Select(Math.Abs);

    public static Gen<Money> Money { get; } = AnyDecimal.SelectMany(_ => Currency, (d, c) => new Money(d, c));

    public static Gen<Money> NonNegativeMoney { get; } = NonNegativeDecimal.SelectMany(_ => Currency, (d, c) => new Money(d, c));

    public static Gen<LocalDate> Date { get; } =
        from year in Gen.Choose(1, 9999)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        select new LocalDate(year, month, day);

    /// <summary>Dates near the present, where the domain lives (and where overlaps are likely).</summary>
    public static Gen<LocalDate> RecentDate { get; } =
        Gen.Choose(0, 365 * 40).Select(d => new LocalDate(1990, 1, 1).PlusDays(d));

    public static Gen<PartialDate> PartialDate { get; } = Gen.OneOf(
        Gen.Choose(1, 9999).Select(V.PartialDate.FromYear),
        Gen.Choose(1, 9999).SelectMany(_ => Gen.Choose(1, 12), V.PartialDate.FromYearMonth),
        Date.Select(V.PartialDate.FromDate));

    public static Gen<TradePeriod> TradePeriod { get; } = Gen.OneOf(
        Gen.Choose(1, 9999).Select(V.TradePeriod.ForYear),
        Gen.Choose(1, 9999).SelectMany(_ => Gen.Choose(1, 12), V.TradePeriod.ForMonth));

    public static Gen<Unit> Unit { get; } = Gen.Elements(Enum.GetValues<Unit>());

    public static Gen<Quantity> Quantity { get; } = NonNegativeDecimal.SelectMany(_ => Unit, (d, u) => new Quantity(d, u));

    public static Gen<HsCode> HsCode { get; } =
        from edition in Gen.Elements("", "H0:", "H1:", "H2:", "H3:", "H4:", "H5:", "H6:")
        from chapter in Gen.Choose(1, 99)
        from rest in Gen.Elements(0, 1, 2).SelectMany(n => Gen.Choose(0, n == 0 ? 0 : n == 1 ? 99 : 9999), (n, v) => n == 0 ? "" : v.ToString(n == 1 ? "D2" : "D4", System.Globalization.CultureInfo.InvariantCulture))
        select V.HsCode.Parse(edition + chapter.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + rest);

    /// <summary>Lowercase slugs: 1–4 segments of a–z0–9, joined by single hyphens, at most 64 characters.</summary>
    public static Gen<string> Slug { get; } =
        Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray())
            .ArrayOf().Where(a => a.Length is > 0 and <= 15).Select(a => new string(a))
            .ListOf().Where(l => l.Count is > 0 and <= 4)
            .Select(parts => string.Join("-", parts));

    public static Gen<LeaderId> LeaderId { get; } = Slug.Select(V.LeaderId.Parse);

    public static Gen<SourceId> SourceId { get; } = Slug.Select(V.SourceId.Parse);

    public static Gen<ProjectId> ProjectId { get; } = Slug.Select(V.ProjectId.Parse);

    public static Gen<SummitId> SummitId { get; } = Slug.Select(V.SummitId.Parse);

    public static Gen<DeclarationId> DeclarationId { get; } = Slug.Select(V.DeclarationId.Parse);

    public static Gen<CommitmentId> CommitmentId { get; } = Slug.Select(V.CommitmentId.Parse);

    /// <summary>Names, including Cyrillic, Kazakh and Chinese letters.</summary>
    public static Gen<string> Name { get; } =
        Gen.Elements("Xi Jinping", "习近平", "Тоқаев", "Kassym-Jomart Tokayev", "Berdimuhamedow", "Ташкент", "Xi'an", "Line D", "Nyýazow", "Mirziyoyev")
            .SelectMany(_ => Gen.Choose(0, 999), (s, n) => n == 0 ? s : s + " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Gen<EquatableArray<T>> DistinctArray<T>(Gen<T> items, int max) =>
        items.ListOf().Select(l => EquatableArray.From(l.Distinct().Take(max)));

    public static Gen<EquatableArray<T>> NonEmptyDistinctArray<T>(Gen<T> items, int max) =>
        items.NonEmptyListOf().Select(l => EquatableArray.From(l.Distinct().Take(max)));

    public static Gen<TradePartner> TradePartner { get; } = Gen.Frequency(
        (4, Country.Select(T.TradePartner.Of)),
        (1, NonEmptyDistinctArray(Country, 6).Select(a => T.TradePartner.Group(a))));

    public static Gen<Source> Source { get; } =
        from id in SourceId
        from publisher in Name
        from title in Name
        from path in Slug
        from published in PartialDate.Select(d => (PartialDate?)d).OrNullable()
        select new Source(id, publisher, title, new Uri("https://example.org/" + path), published);

    public static Gen<Office> Office { get; } =
        from title in Gen.Elements("President", "Chairman of the Supreme Soviet", "Prime Minister")
        from role in Gen.Elements(Enum.GetValues<OfficeRole>())
        select new Office(title, role);

    public static Gen<NameAlias> NameAlias { get; } =
        from text in Name
        from kind in Gen.Elements(Enum.GetValues<NameAliasKind>())
        from language in Gen.Elements<string?>(null, "ru", "kk-Cyrl", "zh-Hans")
        select new NameAlias(text, kind, language);

    public static Gen<PersonName> PersonName { get; } =
        from preferred in Name
        from aliases in NameAlias.ListOf()
        select new PersonName(preferred, EquatableArray.From(aliases.Where(a => a.Text != preferred).DistinctBy(a => a.Text).Take(4)));

    /// <summary>A valid leader: consecutive terms of one office, each starting when the last ended.</summary>
    public static Gen<Leader> Leader { get; } =
        from id in LeaderId
        from name in PersonName
        from country in Country
        from office in Office
        from start in RecentDate
        from lengths in Gen.Choose(1, 3000).NonEmptyListOf()
        from open in Gen.Elements(true, false)
        select new Leader(id, name, country, null, Terms(office, start, lengths.Take(4).ToArray(), open));

    public static EquatableArray<Term> Terms(Office office, LocalDate start, int[] lengths, bool lastOpen)
    {
        var terms = new Term[lengths.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            var end = start.PlusDays(lengths[i]);
            terms[i] = new Term(office, start, lastOpen && i == lengths.Length - 1 ? null : end, TermKind.Elected);
            start = end;
        }

        return EquatableArray.Create<Term>(terms);
    }

    public static Gen<TradeFlow> TradeFlow { get; } = TradeFlowCiting(DistinctArray(SourceId, 3));

    public static Gen<TradeFlow> TradeFlowCiting(Gen<EquatableArray<SourceId>> cite) =>
        from reporter in Country
        from partner in TradePartner.Where(p => !p.Includes(reporter))
        from direction in Gen.Elements(Enum.GetValues<FlowDirection>())
        from period in TradePeriod
        from value in NonNegativeMoney
        from valuation in Gen.Elements(Enum.GetValues<Valuation>())
        from commodity in HsCode.Select(h => (HsCode?)h).OrNullable()
        from estimated in Gen.Elements(true, false)
        from citations in cite
        select new TradeFlow(reporter, partner, direction, period, value, valuation, commodity, estimated, estimated ? "Derived from the 2023 growth rate." : null, citations);

    /// <summary>A valid finance commitment: any recipient but China, ordered stages, constant amounts in USD.</summary>
    public static Gen<FinanceCommitment> FinanceCommitment { get; } =
        from recordId in Gen.Choose(1, int.MaxValue)
        from recipient in Country.Where(c => c != V.CountryCode.China)
        from title in Name
        from agencies in NonEmptyDistinctArray(Name, 3)
        from flowType in Gen.Elements("Loan", "Grant", "Export Buyer's Credit", "Vague TBD")
        from flowClass in Gen.Elements(Enum.GetValues<FinanceFlowClass>())
        from status in Gen.Elements(Enum.GetValues<FinanceStatus>())
        from sector in Name.Select(n => (string?)n).OrNull()
        from committed in PartialDate.Select(d => (PartialDate?)d).OrNullable()
        from startYear in Gen.Choose(1990, 2030)
        from years in Gen.Choose(0, 6)
        from stages in Gen.Choose(0, 3)
        from amount in NonNegativeMoney.Select(m => (Money?)m).OrNullable()
        from usd in NonNegativeDecimal.Select(d => (Money?)new Money(d, V.CurrencyCode.Usd)).OrNullable()
        from adjusted in NonNegativeDecimal.Select(d => (Money?)new Money(d, V.CurrencyCode.Usd)).OrNullable()
        from recommended in Gen.Elements(true, false)
        from umbrella in Gen.Elements(true, false)
        from project in ProjectId.Select(p => (ProjectId?)p).OrNull()
        from citations in DistinctArray(SourceId, 3)
        select new FinanceCommitment(
            recordId, recipient, title, agencies, flowType, flowClass, status, sector, committed,
            stages > 0 ? V.PartialDate.FromYear(startYear) : null, stages > 1 ? V.PartialDate.FromYear(startYear + years) : null,
            amount, usd, adjusted, recommended, umbrella, project, citations);

    /// <summary>A legal history: a walk through the lifecycle on non-decreasing dates.</summary>
    public static Gen<EquatableArray<StatusChange>> History { get; } =
        from first in Gen.Elements(Enum.GetValues<ProjectStatus>())
        from choices in Gen.Choose(0, 10).ListOf()
        from year in Gen.Choose(1950, 2020)
        select BuildHistory(first, choices.Take(5).ToArray(), year);

    private static EquatableArray<StatusChange> BuildHistory(ProjectStatus first, int[] choices, int year)
    {
        var changes = new System.Collections.Generic.List<StatusChange> { new(first, V.PartialDate.FromYear(year)) };
        var status = first;
        foreach (var choice in choices)
        {
            var next = ProjectLifecycle.AllowedNext(status);
            status = next[choice % next.Count];
            year += choice % 3;
            changes.Add(new StatusChange(status, V.PartialDate.FromYear(year)));
        }

        return EquatableArray.From(changes);
    }

    public static Gen<InfrastructureProject> Project { get; } =
        from id in ProjectId
        from name in Name
        from kind in Gen.Elements(Enum.GetValues<ProjectKind>())
        from route in NonEmptyDistinctArray(Country, 5)
        from history in History
        from capacity in NonNegativeDecimal.Select(d => (Quantity?)new Quantity(d, V.Unit.BillionCubicMetresPerYear)).OrNullable()
        from length in NonNegativeDecimal.Select(d => (Quantity?)new Quantity(d, V.Unit.Kilometres)).OrNullable()
        from cost in NonNegativeMoney.Select(m => (Money?)m).OrNullable()
        from operators in DistinctArray(Name, 3)
        select new InfrastructureProject(id, name, kind, route, history, capacity: capacity, length: length, cost: cost, operators: operators);

    public static Gen<Summit> Summit { get; } =
        from id in SummitId
        from name in Name
        from edition in Gen.Choose(1, 20)
        from host in Country
        from city in Name
        from start in RecentDate
        from days in Gen.Choose(0, 3)
        from participants in NonEmptyDistinctArray(LeaderId, 6)
        select new Summit(id, name, edition, host, city, start, start.PlusDays(days), participants);

    public static Gen<Commitment> Commitment { get; } =
        from id in CommitmentId
        from theme in Gen.Elements(Enum.GetValues<CommitmentTheme>())
        from strength in Gen.Elements(Enum.GetValues<CommitmentStrength>())
        from actors in NonEmptyDistinctArray(Country, 6)
        from beneficiaries in DistinctArray(Country, 6)
        from text in Name
        from target in NonNegativeMoney.Select(m => (Money?)m).OrNullable()
        from projects in DistinctArray(ProjectId, 3)
        select new Commitment(id, theme, strength, actors, beneficiaries, text, target, null, projects);

    public static Gen<Quote> Quote { get; } =
        from speaker in LeaderId
        from words in Name
        from citations in NonEmptyDistinctArray(SourceId, 2)
        select new Quote(speaker, words, citations);

    public static Gen<SummitDeclaration> Declaration { get; } =
        from id in DeclarationId
        from summit in SummitId
        from title in Name
        from adopted in RecentDate
        from signatories in NonEmptyDistinctArray(LeaderId, 6)
        from commitments in Commitment.ListOf()
        from quotes in Quote.ListOf()
        select new SummitDeclaration(id, summit, title, adopted, signatories, EquatableArray.From(commitments.DistinctBy(c => c.Id).Take(4)), EquatableArray.From(quotes.Take(3)));

    public static Gen<Country> CountryRecord { get; } =
        from code in Country
        from names in Name.Three()
        from sub in Gen.Elements(G.Region.All.Where(r => r.Parent is not null).ToArray())
        from currency in Currency
        from aliases in DistinctArray(Name, 3)
        select new Country(code, names.Item1, names.Item2, names.Item3, TopLevel(sub), sub, currency, aliases);

    /// <summary>
    /// A consistent dataset: every citation names a listed source, participants held office on the
    /// summit's first day, signatories took part, commitments name listed projects, no office is held
    /// twice at once, no trade figure appears twice, and (half the time) every country used is listed.
    /// </summary>
    public static Gen<CentralAsiaDataset> Dataset { get; } =
        from sources in Source.ListOf().Select(l => l.DistinctBy(s => s.Id).Take(5).ToArray())
        from leaders in Leader.ListOf().Select(l => l.DistinctBy(x => x.Id).DistinctBy(x => x.Country).Take(6).ToArray())
        from flows in TradeFlowCiting(Citing(sources)).ListOf().Select(l => l.DistinctBy(f => (f.Reporter, f.Partner, f.Direction, f.Period, f.Commodity)).Take(20).ToArray())
        from projects in Project.ListOf().Select(l => l.DistinctBy(p => p.Id).Take(4).ToArray())
        from summits in SummitsOf(leaders)
        from declarations in DeclarationsOf(summits, projects, sources)
        from finance in FinanceOf(projects, sources)
        from listCountries in Gen.Elements(true, false)
        select new CentralAsiaDataset(
            [.. sources], listCountries ? CountriesUsedBy(leaders, flows, projects, summits, declarations, finance) : default,
            [.. leaders], [.. flows], [.. projects], [.. summits], [.. declarations], [.. finance]);

    // Commitments with unique record ids, citing the dataset's sources and linked to its projects (or to none).
    private static Gen<FinanceCommitment[]> FinanceOf(InfrastructureProject[] projects, Source[] sources) =>
        (from commitment in FinanceCommitment
         from citations in Citing(sources)
         from project in projects.Length == 0 ? Gen.Constant<ProjectId?>(null) : Gen.Elements(projects.Select(p => p.Id).ToArray()).Select(p => (ProjectId?)p).OrNull()
         select commitment.With(project: project, citations: citations).Value)
        .ListOf().Select(l => l.DistinctBy(c => c.RecordId).Take(4).ToArray());

    private static Gen<EquatableArray<SourceId>> Citing(Source[] sources) =>
        sources.Length == 0 ? Gen.Constant(EquatableArray<SourceId>.Empty) : DistinctArray(Gen.Elements(sources.Select(s => s.Id).ToArray()), 2);

    private static Gen<Summit[]> SummitsOf(Leader[] leaders) =>
        leaders.Length == 0
            ? Gen.Constant(Array.Empty<Summit>())
            : (from host in Gen.Elements(leaders)
               from id in SummitId
               from name in Name
               from days in Gen.Choose(0, 2)
               let start = host.Terms[0].Start
               select new Summit(id, name, 1, host.Country, "Xi'an", start, start.PlusDays(days),
                   [.. leaders.Where(l => l.Terms.Any(t => t.Covers(start))).Select(l => l.Id)]))
              .ListOf().Select(l => l.DistinctBy(s => s.Id).Take(2).ToArray());

    private static Gen<SummitDeclaration[]> DeclarationsOf(Summit[] summits, InfrastructureProject[] projects, Source[] sources) =>
        summits.Length == 0
            ? Gen.Constant(Array.Empty<SummitDeclaration>())
            : (from summit in Gen.Elements(summits)
               from id in DeclarationId
               from title in Name
               from signatories in Gen.SubListOf(summit.Participants.ToArray()).Where(l => l.Count > 0)
               from commitments in (from commitmentId in CommitmentId
                                    from theme in Gen.Elements(Enum.GetValues<CommitmentTheme>())
                                    from actors in NonEmptyDistinctArray(Country, 3)
                                    from linked in projects.Length == 0 ? Gen.Constant(EquatableArray<ProjectId>.Empty) : DistinctArray(Gen.Elements(projects.Select(p => p.Id).ToArray()), 2)
                                    from citations in Citing(sources)
                                    select new Commitment(commitmentId, theme, CommitmentStrength.Intent, actors, [], "Text.", null, null, linked, citations)).ListOf()
               from quoted in sources.Length == 0 ? Gen.Constant(false) : Gen.Elements(true, false)
               select new SummitDeclaration(id, summit.Id, title, summit.Start, [.. signatories],
                   EquatableArray.From(commitments.DistinctBy(c => c.Id).Take(3)),
                   quoted ? [new Quote(signatories[0], "Words.", [sources[0].Id])] : default))
              .ListOf().Select(l => l.DistinctBy(d => d.Id).Take(2).ToArray());

    private static EquatableArray<Country> CountriesUsedBy(
        Leader[] leaders, TradeFlow[] flows, InfrastructureProject[] projects, Summit[] summits, SummitDeclaration[] declarations, FinanceCommitment[] finance)
    {
        var codes = leaders.Select(l => l.Country)
            .Concat(flows.SelectMany(f => f.Partner.Countries.Append(f.Reporter)))
            .Concat(projects.SelectMany(p => p.Route))
            .Concat(summits.Select(s => s.Host))
            .Concat(declarations.SelectMany(d => d.Commitments.SelectMany(c => c.Actors.Concat(c.Beneficiaries))))
            .Concat(finance.Select(f => f.Recipient))
            .Distinct().Order();
        return EquatableArray.From(codes.Select(code => new Country(code, code.EnglishName, code.EnglishName, "Capital", G.Region.Asia, G.Region.CentralAsia, CurrencyCode.Usd)));
    }

    private static Region TopLevel(Region region) => region.Parent is { } parent ? TopLevel(parent) : region;

    /// <summary>Null or a value, for optional fields.</summary>
    public static Gen<T?> OrNullable<T>(this Gen<T?> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen));
}
