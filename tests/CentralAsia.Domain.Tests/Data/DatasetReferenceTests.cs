using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using Xunit;
using static CentralAsia.Domain.Validation.ErrorCodes;

namespace CentralAsia.Domain.Tests.Data;

/// <summary>
/// The reference dataset with every kind of reference broken once, each away from index 0 so a
/// loop that stops early or a path built from the wrong collection shows: the reader, the
/// constructor and <see cref="CentralAsiaDataset.TryCreate"/> report exactly these errors.
/// </summary>
public class DatasetReferenceTests
{
    private static readonly (string Code, string Path)[] Expected =
    [
        (DatasetIdDuplicate, "/sources/106/id"),
        (DatasetIdDuplicate, "/countries/9/code"),
        (DatasetIdDuplicate, "/leaders/25/id"),
        (DatasetIdDuplicate, "/projects/8/id"),
        (DatasetIdDuplicate, "/summits/1/id"),
        (DatasetIdDuplicate, "/declarations/1/id"),
        (DatasetTradeFlowDuplicate, "/tradeFlows/25"),
        (DatasetReferenceUnresolved, "/countries/1/citations/1"),
        (DatasetReferenceUnresolved, "/leaders/1/country"),
        (DatasetReferenceUnresolved, "/leaders/1/terms/0/citations/1"),
        (DatasetReferenceUnresolved, "/leaders/2/citations/0"),
        (DatasetReferenceUnresolved, "/tradeFlows/1/reporter"),
        (DatasetReferenceUnresolved, "/tradeFlows/2/partner"),
        (DatasetReferenceUnresolved, "/tradeFlows/3/citations/1"),
        (DatasetReferenceUnresolved, "/projects/1/route/1"),
        (DatasetReferenceUnresolved, "/projects/2/citations/1"),
        (DatasetReferenceUnresolved, "/projects/4/history/1/citations/0"),
        (DatasetReferenceUnresolved, "/summits/0/host"),
        (DatasetReferenceUnresolved, "/summits/0/citations/1"),
        (DatasetReferenceUnresolved, "/declarations/0/citations/1"),
        (DatasetReferenceUnresolved, "/declarations/0/commitments/1/citations/1"),
        (DatasetReferenceUnresolved, "/declarations/0/commitments/2/actors/1"),
        (DatasetReferenceUnresolved, "/declarations/0/commitments/3/beneficiaries/1"),
        (DatasetReferenceUnresolved, "/declarations/0/commitments/11/projects/1"),
        (DatasetReferenceUnresolved, "/declarations/0/quotes/1/speaker"),
        (DatasetReferenceUnresolved, "/declarations/0/quotes/1/citations/0"),
    ];

    [Fact]
    public void The_reader_reports_every_broken_reference_at_its_pointer() =>
        AssertErrors(CentralAsiaJson.Validate(Encoding.UTF8.GetBytes(Broken().ToJsonString())));

    [Fact]
    public void TryCreate_reports_every_broken_reference_at_its_pointer()
    {
        var records = new Records(Broken());
        var result = CentralAsiaDataset.TryCreate(records.Sources, records.Countries, records.Leaders, records.TradeFlows, records.Projects, records.Summits, records.Declarations);
        Assert.False(result.IsValid);
        AssertErrors(result.Errors);
    }

    [Fact]
    public void The_constructor_throws_every_broken_reference_at_its_pointer()
    {
        var records = new Records(Broken());
        var exception = Assert.Throws<DomainValidationException>(
            () => new CentralAsiaDataset(records.Sources, records.Countries, records.Leaders, records.TradeFlows, records.Projects, records.Summits, records.Declarations));
        AssertErrors(exception.Errors);
    }

    [Fact]
    public void The_records_of_the_intact_reference_dataset_make_a_valid_dataset()
    {
        var records = new Records(Reference());
        var dataset = new CentralAsiaDataset(records.Sources, records.Countries, records.Leaders, records.TradeFlows, records.Projects, records.Summits, records.Declarations);
        Assert.Equal(ReferenceData.XianSummit2023, dataset);
    }

    [Fact]
    public void Null_elements_are_reported_in_every_collection()
    {
        var result = CentralAsiaDataset.TryCreate([null!], [null!], [null!], [null!], [null!], [null!], [null!]);
        Assert.Equal(
            new[] { "/countries/0", "/declarations/0", "/leaders/0", "/projects/0", "/sources/0", "/summits/0", "/tradeFlows/0" },
            result.Errors.Select(e => e.Path).Order());
        Assert.All(result.Errors, e => Assert.Equal(ValueRequired, e.Code));
    }

    private static void AssertErrors(EquatableArray<ValidationError> errors)
    {
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(Expected.Order(), errors.Select(e => (e.Code, e.Path)).Order());
    }

    private static JsonObject Reference()
    {
        using var stream = ReferenceData.OpenXianSummit2023Json();
        return JsonNode.Parse(stream)!.AsObject();
    }

    /// <summary>The reference dataset, with clean copies appended (duplicate ids) and then one reference of each kind broken.</summary>
    private static JsonObject Broken()
    {
        var root = Reference();
        JsonArray Array(string name) => root[name]!.AsArray();
        JsonNode At(string name, int index) => Array(name)[index]!;

        foreach (var name in new[] { "sources", "countries", "leaders", "projects", "summits", "declarations", "tradeFlows" })
        {
            Array(name).Add(At(name, 0).DeepClone());
        }

        // "BR" is a valid ISO code the dataset does not list; "missing" and "nobody" are ids no record has.
        At("countries", 1)["citations"]![1] = "missing";
        At("leaders", 1)["country"] = "BR";
        At("leaders", 1)["terms"]![0]!["citations"]![1] = "missing";
        At("leaders", 2)["citations"] = new JsonArray("missing");
        At("tradeFlows", 1)["reporter"] = "BR";
        At("tradeFlows", 2)["partner"] = "BR";
        At("tradeFlows", 3)["citations"] = new JsonArray("s1", "missing");
        At("projects", 1)["route"]![1] = "BR";
        At("projects", 2)["citations"]![1] = "missing";
        At("projects", 4)["history"]![1]!["citations"]![0] = "missing";
        At("summits", 0)["host"] = "BR";
        At("summits", 0)["citations"]![1] = "missing";
        var declaration = At("declarations", 0);
        declaration["citations"]![1] = "missing";
        var commitments = declaration["commitments"]!;
        commitments[1]!["citations"]![1] = "missing";
        commitments[2]!["actors"]![1] = "BR";
        commitments[3]!["beneficiaries"]![1] = "BR";
        commitments[11]!["projects"]![1] = "nowhere";
        declaration["quotes"]![1]!["speaker"] = "nobody";
        declaration["quotes"]![1]!["citations"]![0] = "missing";
        return root;
    }

    /// <summary>Each record of a dataset document read on its own (records check only themselves).</summary>
    private sealed class Records(JsonObject root)
    {
        public EquatableArray<Source> Sources { get; } = Read<Source>(root, "sources");

        public EquatableArray<Country> Countries { get; } = Read<Country>(root, "countries");

        public EquatableArray<Leader> Leaders { get; } = Read<Leader>(root, "leaders");

        public EquatableArray<TradeFlow> TradeFlows { get; } = Read<TradeFlow>(root, "tradeFlows");

        public EquatableArray<InfrastructureProject> Projects { get; } = Read<InfrastructureProject>(root, "projects");

        public EquatableArray<Summit> Summits { get; } = Read<Summit>(root, "summits");

        public EquatableArray<SummitDeclaration> Declarations { get; } = Read<SummitDeclaration>(root, "declarations");

        private static EquatableArray<T> Read<T>(JsonObject root, string name)
            where T : class =>
            [.. root[name]!.AsArray().Select(node => CentralAsiaJson.Deserialize<T>(node!.ToJsonString()))];
    }
}
