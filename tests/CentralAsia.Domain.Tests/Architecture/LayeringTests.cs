using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Architecture;

/// <summary>
/// The layers of docs/design.md, checked against the compiled assembly: a namespace may use only namespaces of a lower
/// layer (the Serialization namespaces use each other freely), and the only upward edges are the attributes that name
/// a converter — <c>[JsonConverter]</c> and <c>[TypeConverter]</c> — which System.Text.Json and TypeDescriptor resolve by
/// type at run time. A new namespace must be given its layer here before any test passes.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "CentralAsia.Domain";

    // The picture in docs/design.md ("Layers"), lowest first.
    private static readonly Dictionary<string, int> Layer = new(StringComparer.Ordinal)
    {
        [$"{Root}.Internal"] = 0,
        [$"{Root}.Collections"] = 1,
        [$"{Root}.Validation"] = 2,
        [$"{Root}.Values"] = 3,
        [$"{Root}.Geography"] = 4,
        [$"{Root}.People"] = 4,
        [$"{Root}.Sources"] = 4,
        [$"{Root}.Trade"] = 5,
        [$"{Root}.Infrastructure"] = 5,
        [$"{Root}.Finance"] = 5,
        [$"{Root}.Diplomacy"] = 5,
        [$"{Root}.Data"] = 6,
        [$"{Root}.Serialization"] = 7,
        [$"{Root}.Serialization.Converters"] = 7,
        [$"{Root}.Serialization.Reading"] = 7,
        [$"{Root}.Serialization.JsonLines"] = 7,
        [$"{Root}.ComponentModel"] = 7,
        [$"{Root}.Reference"] = 8,
    };

    // Namespaces an attribute of any layer may name: the converters the attributes point to.
    private static readonly string[] AttributeTargets = [$"{Root}.Serialization.Converters", $"{Root}.ComponentModel"];

    private static readonly NamespaceDependencies Dependencies = NamespaceDependencies.Of(typeof(CountryCode).Assembly, Root);

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        var namespaces = typeof(CountryCode).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(Layer.Keys.Order(StringComparer.Ordinal), namespaces);
    }

    [Fact]
    public void Each_namespace_uses_only_lower_layers()
    {
        var wrong = Dependencies.Edges
            .Where(e => !e.ByAttribute && !Allowed(e.From, e.To))
            .Select(e => $"{e.Type} uses {e.To}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(wrong.Length == 0, "Edges against the layers:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Attributes_name_only_lower_layers_or_converters()
    {
        var wrong = Dependencies.Edges
            .Where(e => e.ByAttribute && !Allowed(e.From, e.To) && !AttributeTargets.Contains(e.To))
            .Select(e => $"{e.Type} names {e.To} in an attribute")
            .ToArray();
        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_reader_sees_the_edges_it_must()
    {
        // Guards the reader itself: signatures, method bodies and attribute arguments are all read.
        var edges = Dependencies.Edges;
        Assert.Contains(edges, e => Of(e, $"{Root}.Trade.TradeFlow") && e.To == $"{Root}.Values" && !e.ByAttribute);
        Assert.Contains(edges, e => Of(e, $"{Root}.Data.DatasetQueries") && e.To == $"{Root}.Trade" && !e.ByAttribute);
        Assert.Contains(edges, e => Of(e, $"{Root}.Values.Money") && e.To == $"{Root}.Serialization.Converters" && e.ByAttribute);
        Assert.Contains(edges, e => Of(e, $"{Root}.Values.CountryCode") && e.To == $"{Root}.ComponentModel" && e.ByAttribute);
        Assert.Contains(edges, e => Of(e, $"{Root}.Reference.ReferenceData") && e.To == $"{Root}.Serialization" && !e.ByAttribute);
    }

    // A type's edges include those of its compiler-generated nested types (lambdas, iterators).
    private static bool Of(NamespaceDependencies.Dependency edge, string type) =>
        edge.Type == type || edge.Type.StartsWith(type + "+", StringComparison.Ordinal);

    private static bool Allowed(string from, string to) =>
        Layer[to] < Layer[from] || (from.StartsWith($"{Root}.Serialization", StringComparison.Ordinal) && to.StartsWith($"{Root}.Serialization", StringComparison.Ordinal));
}
