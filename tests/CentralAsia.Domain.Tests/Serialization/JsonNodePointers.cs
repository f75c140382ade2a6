using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>JSON Pointers into a <see cref="JsonNode"/> tree, for tests that change one value of a golden document.</summary>
internal static class JsonNodePointers
{
    /// <summary>Each property and each array item under <paramref name="node"/>, parents before what they hold.</summary>
    internal static IEnumerable<string> All(JsonNode node, string pointer = "")
    {
        IEnumerable<(string Token, JsonNode? Child)> children = node switch
        {
            JsonObject obj => obj.Select(p => (p.Key, p.Value)),
            JsonArray array => array.Select((item, i) => (i.ToString(CultureInfo.InvariantCulture), item)),
            _ => [],
        };
        foreach (var (token, child) in children)
        {
            var path = pointer + "/" + token;
            yield return path;
            foreach (var inner in child is null ? [] : All(child, path))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The value at <paramref name="pointer"/> (which must exist; tokens are not escaped).</summary>
    internal static JsonNode? Get(JsonNode root, string pointer)
    {
        var (parent, token) = Parent(root, pointer);
        return parent is JsonArray array ? array[Index(token)] : parent[token];
    }

    /// <summary>Puts <paramref name="value"/> at <paramref name="pointer"/>, in place of what is there.</summary>
    internal static void Replace(JsonNode root, string pointer, JsonNode? value)
    {
        var (parent, token) = Parent(root, pointer);
        if (parent is JsonArray array)
        {
            array[Index(token)] = value;
        }
        else
        {
            parent[token] = value;
        }
    }

    private static (JsonNode Parent, string Token) Parent(JsonNode root, string pointer)
    {
        var tokens = pointer.Split('/')[1..];
        var node = root;
        foreach (var token in tokens[..^1])
        {
            node = node is JsonArray array ? array[Index(token)]! : node[token]!;
        }

        return (node, tokens[^1]);
    }

    private static int Index(string token) => int.Parse(token, CultureInfo.InvariantCulture);
}
