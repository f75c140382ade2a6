using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Conventions;

/// <summary>The query helpers refuse a null argument at once, naming it (not later, and not with a NullReferenceException).</summary>
public class NullArgumentTests
{
    public static TheoryData<string, Action> Calls => new()
    {
        { "commitments", () => DeclarationQueries.OnTheme(null!, CommitmentTheme.Energy) },
        { "commitments", () => DeclarationQueries.ActedOnBy(null!, CountryCode.China) },
        { "commitments", () => DeclarationQueries.Benefiting(null!, CountryCode.China) },
        { "commitments", () => DeclarationQueries.AtLeast(null!, CommitmentStrength.Intent) },
        { "commitments", () => DeclarationQueries.Concerning(null!, ProjectId.Parse("line-d")) },
        { "project", () => DeclarationQueries.Concerning([], null!) },
        { "dataset", () => DatasetQueries.ProjectsConcernedBy(null!, SummitId.Parse("xian-2023")) },
        { "summit", () => DatasetQueries.ProjectsConcernedBy(ReferenceData.XianSummit2023, null!) },
        { "projects", () => ProjectQueries.Crossing(null!, CountryCode.China) },
        { "projects", () => ProjectQueries.OfKind(null!, ProjectKind.Railway) },
        { "projects", () => ProjectQueries.WithStatusOn(null!, ProjectStatus.Operational, new LocalDate(2023, 5, 19)) },
        { "project", () => ProjectQueries.StatusOn(null!, new LocalDate(2023, 5, 19)) },
        { "dataset", () => DatasetQueries.ToLeaderDirectory(null!) },
        { "dataset", () => DatasetQueries.ToCountryDirectory(null!) },
        { "dataset", () => DatasetQueries.ToTradeLedger(null!) },
        { "leaders", () => _ = new LeaderDirectory(null!) },
        { "name", () => ReferenceData.XianSummit2023.ToLeaderDirectory().FindByName(null!) },
        { "officeTitle", () => ReferenceData.XianSummit2023.ToLeaderDirectory().Incumbent(CountryCode.China, null!, new LocalDate(2023, 5, 19)) },
        { "id", () => ReferenceData.XianSummit2023.ToLeaderDirectory().TermsOf(null!) },
        { "countries", () => _ = new CountryDirectory(null!) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_null_argument_is_refused_naming_the_parameter(string parameter, Action call) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);
}
