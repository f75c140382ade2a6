using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CentralAsia.Domain.Serialization.Converters;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization.Converters;

/// <summary>
/// Each object converter lists its properties once, as a nested enumeration <c>Property</c> (its JSON names are the
/// members' camelCase names). These tests tie that list to the record it converts, so a property added to the record and
/// not to the converter, or the reverse, fails here instead of being silently dropped from the JSON.
/// </summary>
public sealed class ConverterPropertyListTests
{
    // Properties of a record that are not written because they are derived from the others (or constant).
    private static readonly Dictionary<string, string[]> Derived = new(StringComparer.Ordinal)
    {
        ["Summit"] = ["Dates"],
    };

    // JSON properties that are not a property of the record (the dataset's version is the format's, a constant).
    private static readonly Dictionary<string, string[]> WrittenOnly = new(StringComparer.Ordinal)
    {
        ["CentralAsiaDataset"] = ["SchemaVersion"],
    };

    public static TheoryData<string> ObjectConverters()
    {
        var data = new TheoryData<string>();
        var converters = typeof(DomainConverter<>).Assembly.GetTypes()
            .Where(t => t.GetNestedType("Property", BindingFlags.NonPublic) is { IsEnum: true })
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        foreach (var converter in converters)
        {
            data.Add(converter);
        }

        return data;
    }

    [Fact]
    public void Every_converter_of_an_object_lists_its_properties_in_an_enumeration()
    {
        // Object converters derive from DomainConverter<T> directly; single-text values derive from TextValueConverter<T>.
        string[] notObjects = ["KebabCaseEnumConverter`1", "MoneyConverter"];
        var direct = typeof(DomainConverter<>).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, BaseType: { IsGenericType: true } b } && b.GetGenericTypeDefinition() == typeof(DomainConverter<>))
            .Select(t => t.Name)
            .Except(notObjects)
            .Order(StringComparer.Ordinal);
        var listing = ObjectConverters().Select(row => row.Data).Order(StringComparer.Ordinal);
        Assert.Equal(direct, listing);
        Assert.True(listing.Count() >= 20, $"only {listing.Count()} object converters found");
    }

    [Theory]
    [MemberData(nameof(ObjectConverters))]
    public void The_converters_property_list_is_the_records_properties(string converterName)
    {
        var converter = typeof(DomainConverter<>).Assembly.GetTypes().Single(t => t.Name == converterName);
        var record = converter.BaseType!.GetGenericArguments()[0];
        var listed = Enum.GetNames(converter.GetNestedType("Property", BindingFlags.NonPublic)!)
            .Except(WrittenOnly.GetValueOrDefault(record.Name, []))
            .Order(StringComparer.Ordinal);
        var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.GetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .Except(Derived.GetValueOrDefault(record.Name, []))
            .Order(StringComparer.Ordinal);
        Assert.Equal(properties, listed);
    }
}
