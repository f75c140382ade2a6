using System.Linq;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Infrastructure;

public class ProjectQueryTests
{
    private static readonly CentralAsiaDataset Data = ReferenceData.XianSummit2023;
    private static readonly LocalDate SummitDay = new(2023, 5, 19);

    [Fact]
    public void Line_D_on_the_summit_day()
    {
        var lineD = Data.Projects.Single(p => p.Id.Value == "line-d");
        var status = lineD.StatusOn(SummitDay)!;
        Assert.Equal(ProjectStatus.UnderConstruction, status.Status);
        Assert.True(status.IsCertain);
        Assert.Null(lineD.StatusOn(new LocalDate(2014, 9, 12)));
    }

    [Fact]
    public void Partial_dates_are_honest()
    {
        var project = new InfrastructureProject(ProjectId.Parse("p"), "P", ProjectKind.Railway, [CountryCode.China],
            [new StatusChange(ProjectStatus.Agreed, PartialDate.Parse("2013-09")), new StatusChange(ProjectStatus.UnderConstruction, PartialDate.Parse("2014"))]);
        var mid2014 = project.StatusOn(new LocalDate(2014, 6, 1))!;
        Assert.Equal((ProjectStatus.Agreed, ProjectStatus.UnderConstruction), (mid2014.Status, mid2014.PossiblyChangedTo!.Status));
        Assert.False(mid2014.IsCertain);
        Assert.Equal(ProjectStatus.UnderConstruction, project.StatusOn(new LocalDate(2015, 1, 1))!.Status);
        Assert.Null(project.StatusOn(new LocalDate(2013, 9, 15)));
    }

    [Fact]
    public void A_change_dated_to_the_day_is_certain_on_that_day_and_the_first_possible_change_is_reported()
    {
        var project = new InfrastructureProject(ProjectId.Parse("p"), "P", ProjectKind.Railway, [CountryCode.China],
        [
            new StatusChange(ProjectStatus.Agreed, PartialDate.Parse("2013-09-07")),
            new StatusChange(ProjectStatus.UnderConstruction, PartialDate.Parse("2014")),
            new StatusChange(ProjectStatus.Suspended, PartialDate.Parse("2014-06")),
        ]);
        var onTheDay = project.StatusOn(new LocalDate(2013, 9, 7))!;
        Assert.True(onTheDay.IsCertain);
        Assert.Same(project.History[0], onTheDay.Since);
        Assert.Same(project.History[1], project.StatusOn(new LocalDate(2014, 6, 15))!.PossiblyChangedTo);
        Assert.Same(project.History[1], project.StatusOn(new LocalDate(2014, 1, 1))!.PossiblyChangedTo); // the first day it may have happened
        Assert.Equal("project", Assert.Throws<System.ArgumentNullException>(() => ProjectQueries.StatusOn(null!, new LocalDate(2014, 1, 1))).ParamName);
    }

    [Fact]
    public void Projects_by_country_kind_and_status()
    {
        Assert.Equal(["line-d"], Data.Projects.Crossing(CountryCode.Tajikistan).Select(p => p.Id.Value));
        Assert.Equal(4, Data.Projects.OfKind(ProjectKind.GasPipeline).Count() + Data.Projects.OfKind(ProjectKind.OilPipeline).Count());
        // At Xi'an the CKU railway had a feasibility study, not yet the construction agreement of June 2024.
        Assert.Equal(["china-kyrgyzstan-uzbekistan-railway"], Data.Projects.WithStatusOn(ProjectStatus.Proposed, SummitDay).Select(p => p.Id.Value));
        Assert.Equal(["china-kyrgyzstan-uzbekistan-railway"], Data.Projects.WithStatusOn(ProjectStatus.Agreed, new LocalDate(2024, 7, 1)).Select(p => p.Id.Value));
    }

    [Fact]
    public void Commitments_with_theme_energy_and_the_projects_the_summit_concerns()
    {
        var commitments = Data.Declarations[0].Commitments;
        Assert.Equal(
            ["energy-development-partnership", "accelerate-line-d", "more-oil-and-gas-trade", "energy-industrial-chain", "new-energy-and-nuclear"],
            commitments.OnTheme(CommitmentTheme.Energy).Select(c => c.Id.Value));
        Assert.Equal(["financial-support-26bn"], commitments.AtLeast(CommitmentStrength.Pledge).Where(c => c.TargetAmount is not null).Select(c => c.Id.Value));
        Assert.Contains(commitments.Benefiting(CountryCode.Kyrgyzstan), c => c.Id.Value == "cku-railway-study");
        Assert.All(commitments.ActedOnBy(CountryCode.China), c => Assert.Contains(CountryCode.China, c.Actors));
        Assert.Equal(["accelerate-line-d"], commitments.Concerning(ProjectId.Parse("line-d")).Select(c => c.Id.Value));
        // The seven of FACTS.md and the cultural-tourism train the summit promised (run from May 2025).
        Assert.Equal(8, Data.ProjectsConcernedBy(SummitId.Parse("xian-2023")).Count());
    }

    /// <summary>Later days never see an earlier status: the certain status on a day follows the history's order.</summary>
    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Status_on_a_date_follows_the_history() => Prop.ForAll(
        DomainGen.Project.SelectMany(_ => Gen.Choose(0, 365 * 80).Two(), (p, days) => (p, days)).ToArbitrary(),
        c =>
        {
            var (project, (d1, d2)) = c;
            var early = new LocalDate(1950, 1, 1).PlusDays(System.Math.Min(d1, d2));
            var late = new LocalDate(1950, 1, 1).PlusDays(System.Math.Max(d1, d2));
            var index = project.History.ToList();
            var a = project.StatusOn(early);
            var b = project.StatusOn(late);
            if (a is not null)
            {
                Assert.NotNull(b);
                Assert.True(index.IndexOf(b!.Since) >= index.IndexOf(a.Since));
            }
        });
}
