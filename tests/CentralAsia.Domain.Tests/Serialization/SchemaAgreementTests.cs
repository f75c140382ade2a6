using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Tests.Conventions;
using CentralAsia.Domain.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>An independent validator (JsonSchema.Net) and ours agree on valid and invalid documents.</summary>
public class SchemaAgreementTests
{
    /// <summary>
    /// Hostile cases the JSON Schema cannot express: a schema validator accepts them, only our reader
    /// rejects them. The same list is in docs/json-format.md; this test keeps the two honest.
    /// </summary>
    internal static readonly HashSet<string> NotExpressible =
    [
        "30 February",
        "1e400",
        "decimal overflow",
        "more digits than decimal holds",
        "partner repeats a country",
        "partner is the reporter",
        "summit ends before it starts",
        "term ends before it starts",
        "illegal lifecycle step",
        "history out of order",
        "duplicate root property",
        "duplicate flow property",
    ];

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(PublicApiConventionTests.RepositoryRoot(), "schema", "centralasia.schema.json"))));

    [Fact]
    public void The_embedded_schema_is_the_published_file()
    {
        var file = File.ReadAllText(Path.Combine(PublicApiConventionTests.RepositoryRoot(), "schema", "centralasia.schema.json"));
        Assert.Equal(file.Replace("\r\n", "\n", StringComparison.Ordinal), CentralAsiaJson.GetSchema().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Golden_datasets_pass_the_schema()
    {
        foreach (var file in new[] { "dataset.json", "dataset-empty.json" })
        {
            var text = File.ReadAllText(Path.Combine(PublicApiConventionTests.RepositoryRoot(), "tests", "CentralAsia.Domain.Tests", "Serialization", "Golden", file));
            Assert.True(SchemaAccepts(Encoding.UTF8.GetBytes(text)), file);
        }
    }

    [Property(MaxTest = 40 / Runs.Divisor)]
    public Property Generated_datasets_pass_the_schema() => Prop.ForAll(
        DomainGen.Dataset.ToArbitrary(),
        dataset => SchemaAccepts(CentralAsiaJson.SerializeToUtf8Bytes(dataset)));

    [Theory]
    [MemberData(nameof(HostileInputTests.Cases), MemberType = typeof(HostileInputTests))]
    public void The_schema_rejects_every_hostile_case_it_can_express(string label, string json, string code, string path)
    {
        _ = code;
        _ = path;
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.NotEmpty(CentralAsiaJson.Validate(bytes));
        Assert.Equal(NotExpressible.Contains(label), SchemaAccepts(bytes));
    }

    /// <summary>Whether the independent validator accepts the document (text that is not JSON is rejected).</summary>
    internal static bool SchemaAccepts(byte[] utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            try
            {
                return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
            }
            catch (InvalidOperationException)
            {
                // JsonSchema.Net cannot read a string holding a lone surrogate escape: it does not accept the document.
                return false;
            }
        }
    }
}
