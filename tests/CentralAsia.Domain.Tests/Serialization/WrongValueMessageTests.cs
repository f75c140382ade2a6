using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Tests.Conventions;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>
/// The exact errors (code, pointer, message) for every property and array item of the golden
/// dataset given each kind of wrong value, checked against an approved file.
/// </summary>
/// <remarks>
/// The messages are the library's user interface for a bad file: this pins every word of them, so
/// a change shows up as a diff to review. After an intended change, copy the file the failure
/// names (<c>*.received.txt</c>) over the approved one and review the diff.
/// </remarks>
public class WrongValueMessageTests
{
    // Every kind of JSON value, and strings at the lengths where messages start cutting the text
    // they quote (40 and 80 characters).
    private static readonly (string Label, Func<JsonNode?> Value)[] Replacements =
    [
        ("true", () => JsonValue.Create(true)),
        ("5", () => JsonValue.Create(5)),
        ("\"?\"", () => JsonValue.Create("?")),
        ("40 x", () => JsonValue.Create(new string('x', 40))),
        ("41 x", () => JsonValue.Create(new string('x', 41))),
        ("80 x", () => JsonValue.Create(new string('x', 80))),
        ("81 x", () => JsonValue.Create(new string('x', 81))),
        ("{}", () => new JsonObject()),
        ("[]", () => new JsonArray()),
        ("null", () => null),
    ];

    [Fact]
    public void Every_wrong_value_in_the_golden_dataset_gets_the_approved_errors()
    {
        var directory = Path.Combine(PublicApiConventionTests.RepositoryRoot(), "tests", "CentralAsia.Domain.Tests", "Serialization");
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "Golden", "dataset.json")))!;
        var lines = new List<string>();
        foreach (var pointer in JsonNodePointers.All(original))
        {
            foreach (var (label, value) in Replacements)
            {
                var document = original.DeepClone();
                JsonNodePointers.Replace(document, pointer, value());
                var errors = CentralAsia.Domain.Serialization.CentralAsiaJson.Validate<CentralAsiaDataset>(Encoding.UTF8.GetBytes(document.ToJsonString()));
                var here = errors.Where(e => e.Path == pointer || e.Path.StartsWith(pointer + "/", StringComparison.Ordinal)).ToList();
                lines.Add(here.Count == 0
                    ? $"{pointer} = {label}: no error here"
                    : $"{pointer} = {label}: " + string.Join(" | ", here.Select(e => $"{e.Code} at {e.Path}: {e.Message}")));
            }
        }

        var approvedPath = Path.Combine(directory, "Approved", "wrong-values.txt");
        var received = string.Join("\n", lines) + "\n";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (received != approved)
        {
            var receivedPath = Path.Combine(directory, "Approved", "wrong-values.received.txt");
            File.WriteAllText(receivedPath, received);
            var firstDifference = lines.FirstOrDefault(l => !approved.Split('\n').Contains(l)) ?? "(lines missing)";
            Assert.Fail($"The errors differ from {approvedPath}; see {receivedPath}. First new line: {firstDifference}");
        }
    }
}
