using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static CentralAsia.Domain.Tests.Generators.InvalidFields;

namespace CentralAsia.Domain.Tests.Infrastructure;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class InfrastructureProjectTests
{
    private static StatusChange S(ProjectStatus status, string date) => new(status, PartialDate.Parse(date));

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Status_change_errors_are_exactly_those_of_the_invalid_fields()
    {
        var cases =
            from status in Enum<ProjectStatus>("/status")
            from date in RequiredStruct(DomainGen.PartialDate, "/date")
            from note in OptionalProse("/note")
            from citations in Citations()
            select (status, date, note, citations);

        return Prop.ForAll(cases.ToArbitrary(), c => Field.AssertExactErrors(
            StatusChange.TryCreate(c.status.Value, c.date.Value, c.note.Value, c.citations.Value),
            () => new StatusChange(c.status.Value, c.date.Value, c.note.Value, c.citations.Value),
            Field.All(c.status.Expected, c.date.Expected, c.note.Expected, c.citations.Expected)));
    }

    [Property(MaxTest = 300 / Runs.Divisor)]
    public Property Project_errors_are_exactly_those_of_the_invalid_fields()
    {
        var history = Field.Either(
            Field.Valid(DomainGen.History),
            Field.Invalid<EquatableArray<StatusChange>>([], ErrorCodes.CollectionEmpty, "/history"),
            Field.Invalid<EquatableArray<StatusChange>>([S(ProjectStatus.Agreed, "2013-09"), S(ProjectStatus.UnderConstruction, "2013")], ErrorCodes.ProjectHistoryUnordered, "/history/1/date"),
            Field.Invalid<EquatableArray<StatusChange>>([S(ProjectStatus.Operational, "2009-12"), S(ProjectStatus.Proposed, "2010")], ErrorCodes.ProjectHistoryIllegalTransition, "/history/1/status"),
            Field.Invalid<EquatableArray<StatusChange>>([S(ProjectStatus.Agreed, "2013"), S(ProjectStatus.Agreed, "2014")], ErrorCodes.ProjectHistoryIllegalTransition, "/history/1/status"),
            Field.Invalid<EquatableArray<StatusChange>>([null!], ErrorCodes.ValueRequired, "/history/0"));

        var cases =
            from id in RequiredReference(DomainGen.ProjectId, "/id")
            from name in Name("/name")
            from kind in Enum<ProjectKind>("/kind")
            from route in DistinctList(DomainGen.Country, CountryCode.Tajikistan, "/route", nonEmpty: true)
            from historyField in history
            from aliases in Names("/aliases")
            from capacity in Field.Either(
                Field.Valid(Gen.Elements<Quantity?>(null, Quantity.Parse("30 bcm/yr"), Quantity.Parse("20 Mt/yr"), Quantity.Parse("1000 MW"))),
                Field.Invalid<Quantity?>(Quantity.Parse("966 km"), ErrorCodes.QuantityUnitUnexpected, "/capacity"),
                Field.Invalid<Quantity?>(default(Quantity), ErrorCodes.ValueRequired, "/capacity"))
            from length in Field.Either(
                Field.Valid(Gen.Elements<Quantity?>(null, Quantity.Parse("966 km"))),
                Field.Invalid<Quantity?>(Quantity.Parse("1219 mm"), ErrorCodes.QuantityUnitUnexpected, "/length"))
            from cost in Field.Either(
                Field.Valid(Gen.Elements<Money?>(null, Money.Parse("8000000000 USD"))),
                Field.Invalid<Money?>(Money.Parse("-1 USD"), ErrorCodes.MoneyNegative, "/cost/amount"),
                Field.Invalid<Money?>(default(Money), ErrorCodes.ValueRequired, "/cost"))
            from operators in Names("/operators")
            from financiers in Names("/financiers")
            from citations in Citations()
            select (id, name, kind, route, historyField, aliases, capacity, length, cost, operators, financiers, citations);

        return Prop.ForAll(cases.ToArbitrary(), c => Field.AssertExactErrors(
            InfrastructureProject.TryCreate(c.id.Value, c.name.Value, c.kind.Value, c.route.Value, c.historyField.Value, c.aliases.Value, c.capacity.Value, c.length.Value, c.cost.Value, c.operators.Value, c.financiers.Value, c.citations.Value),
            () => new InfrastructureProject(c.id.Value!, c.name.Value!, c.kind.Value, c.route.Value, c.historyField.Value, c.aliases.Value, c.capacity.Value, c.length.Value, c.cost.Value, c.operators.Value, c.financiers.Value, c.citations.Value),
            Field.All(c.id.Expected, c.name.Expected, c.kind.Expected, c.route.Expected, c.historyField.Expected, c.aliases.Expected, c.capacity.Expected, c.length.Expected, c.cost.Expected, c.operators.Expected, c.financiers.Expected, c.citations.Expected)));
    }

    [Fact]
    public void A_quantity_in_the_wrong_unit_is_told_which_unit_it_needs()
    {
        var result = InfrastructureProject.TryCreate(
            ProjectId.Parse("line-d"), "Line D", ProjectKind.GasPipeline, [CountryCode.Tajikistan], [S(ProjectStatus.Agreed, "2014")],
            capacity: Quantity.Parse("966 km"), length: Quantity.Parse("30 bcm/yr"), citations: [SourceId.Parse("cnpc")]);

        Assert.False(result.IsValid);
        var errors = result.Errors;
        Assert.Equal("'966 km' is not in a capacity unit (bcm/yr, Mt/yr, TEU/yr, trains/yr or MW).", Assert.Single(errors, e => e.Path == "/capacity").Message);
        Assert.Equal("'30 bcm/yr' is not in km.", Assert.Single(errors, e => e.Path == "/length").Message);
    }

    [Fact]
    public void The_lifecycle_allows_the_documented_changes_only()
    {
        Assert.True(ProjectLifecycle.IsAllowed(ProjectStatus.Agreed, ProjectStatus.UnderConstruction));
        Assert.True(ProjectLifecycle.IsAllowed(ProjectStatus.Suspended, ProjectStatus.UnderConstruction));
        Assert.True(ProjectLifecycle.IsAllowed(ProjectStatus.Cancelled, ProjectStatus.Proposed));
        Assert.False(ProjectLifecycle.IsAllowed(ProjectStatus.Operational, ProjectStatus.UnderConstruction));
        Assert.False(ProjectLifecycle.IsAllowed(ProjectStatus.Proposed, ProjectStatus.Operational));
        Assert.All(System.Enum.GetValues<ProjectStatus>(), s => Assert.False(ProjectLifecycle.IsAllowed(s, s)));
        Assert.Equal([ProjectStatus.Operational, ProjectStatus.Suspended, ProjectStatus.Cancelled], ProjectLifecycle.AllowedNext(ProjectStatus.UnderConstruction));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Projects_with_equal_lists_are_equal_and_hash_alike(InfrastructureProject project)
    {
        var copy = new InfrastructureProject(project.Id, project.Name, project.Kind, [.. project.Route], [.. project.History.Select(h => new StatusChange(h.Status, h.Date, h.Note, h.Citations))], project.Aliases, project.Capacity, project.Length, project.Cost, [.. project.Operators], project.Financiers, project.Citations);
        Assert.Equal(project, copy);
        Assert.Equal(project.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void The_lifecycle_allows_exactly_the_documented_changes()
    {
        var allowed = new System.Collections.Generic.Dictionary<ProjectStatus, ProjectStatus[]>
        {
            [ProjectStatus.Proposed] = [ProjectStatus.Agreed, ProjectStatus.UnderConstruction, ProjectStatus.Suspended, ProjectStatus.Cancelled],
            [ProjectStatus.Agreed] = [ProjectStatus.UnderConstruction, ProjectStatus.Suspended, ProjectStatus.Cancelled],
            [ProjectStatus.UnderConstruction] = [ProjectStatus.Operational, ProjectStatus.Suspended, ProjectStatus.Cancelled],
            [ProjectStatus.Operational] = [ProjectStatus.Suspended, ProjectStatus.Cancelled],
            [ProjectStatus.Suspended] = [ProjectStatus.Agreed, ProjectStatus.UnderConstruction, ProjectStatus.Operational, ProjectStatus.Cancelled],
            [ProjectStatus.Cancelled] = [ProjectStatus.Proposed],
        };
        foreach (var from in System.Enum.GetValues<ProjectStatus>())
        {
            Assert.Equal(allowed[from], ProjectLifecycle.AllowedNext(from));
            foreach (var to in System.Enum.GetValues<ProjectStatus>())
            {
                Assert.Equal(allowed[from].Contains(to), ProjectLifecycle.IsAllowed(from, to));
            }
        }

        Assert.Empty(ProjectLifecycle.AllowedNext((ProjectStatus)99));
    }
}
