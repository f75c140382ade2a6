using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CentralAsia.Domain.Columnar.Internal.Records;
using CentralAsia.Tests.Shared;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Records;

// Each record table's columns are the record's JSON properties, no more and no fewer, at every depth, with the JSON
// Schema's kinds: a property added to a record without a column would otherwise be lost in Parquet.
public sealed class RecordSchemaTests
{
    private static readonly JsonObject Definitions =
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root(), "schema", "centralasia.schema.json")))!["$defs"]!.AsObject();

    public static TheoryData<string> Records => new(RecordColumns.All.Select(s => s.Record));

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_property_of_the_records_json_schema_has_its_column_and_no_column_is_extra(string record)
    {
        var schema = RecordColumns.All.Single(s => s.Record == record);
        var definition = record switch
        {
            "finance-commitment" => "financeCommitment",
            _ => record,
        };
        var problems = new List<string>();
        Compare(schema.Columns, Definition(definition), record, problems);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_levels_the_schema_computes_are_those_parquet_net_gives_its_fields()
    {
        foreach (var schema in RecordColumns.All)
        {
            Assert.Equal(schema.Leaves.Count, schema.Parquet.DataFields.Length);
            for (var i = 0; i < schema.Leaves.Count; i++)
            {
                Assert.Equal(schema.Leaves[i].ColumnName, schema.LeafFields[i].Name == "element" ? "element" : schema.LeafFields[i].Name);
                Assert.Equal(schema.LeafFields[i].MaxDefinitionLevel - (schema.LeafFields[i].IsNullable ? 1 : 0), schema.ParentDefinition(schema.Leaves[i]));
            }
        }
    }

    private static void Compare(IReadOnlyList<RecordNode> nodes, JsonObject definition, string path, List<string> problems)
    {
        var properties = definition["properties"]!.AsObject();
        var required = definition["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
        foreach (var name in properties.Select(p => p.Key).Except(nodes.Select(n => n.JsonName)))
        {
            problems.Add($"{path}/{name}: no column");
        }

        foreach (var node in nodes)
        {
            if (!properties.TryGetPropertyValue(node.JsonName, out var property))
            {
                problems.Add($"{path}/{node.JsonName}: a column for no property");
                continue;
            }

            // A boolean is never required in JSON (false is left out); the column is, so it is never null.
            if (node.Required != required.Contains(node.JsonName) && node is not LeafNode { Kind: LeafKind.Boolean })
            {
                problems.Add($"{path}/{node.JsonName}: required {required.Contains(node.JsonName)} in JSON, {node.Required} in the column");
            }

            Kind(node, Resolve(property!.AsObject()), $"{path}/{node.JsonName}", problems);
        }
    }

    private static void Kind(RecordNode node, JsonObject property, string path, List<string> problems)
    {
        var type = (string?)property["type"] ?? (property["enum"] is not null ? "string" : "?");
        switch (node)
        {
            case ListNode list when type == "array":
                Kind(list.Item, Resolve(property["items"]!.AsObject()), path + "/items", problems);
                break;
            case StructNode { Form: StructForm.Object } group when type == "object":
                Compare(group.Fields, property, path, problems);
                break;
            case StructNode { Form: StructForm.PartialDate or StructForm.Quantity } when type == "string":
            case LeafNode { Kind: LeafKind.Text or LeafKind.Code or LeafKind.Date } when type == "string":
            case LeafNode { Kind: LeafKind.Integer } when type == "integer":
            case LeafNode { Kind: LeafKind.Boolean } when type == "boolean":
            case LeafNode { Kind: LeafKind.Decimal } when type == "number":
                break;
            default:
                problems.Add($"{path}: JSON type {type}, column {node.GetType().Name} {(node as LeafNode)?.Kind}");
                break;
        }
    }

    private static JsonObject Resolve(JsonObject property) =>
        property["$ref"] is { } reference ? Definition(((string)reference!)["#/$defs/".Length..]) : property;

    private static JsonObject Definition(string name) => Resolve(Definitions[name]!.AsObject());
}
