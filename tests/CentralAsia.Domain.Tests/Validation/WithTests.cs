using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Validation;

/// <summary>
/// <c>With</c> derives a validated copy: for every record, with no argument it returns an equal record, and replacing
/// one field is exactly <c>TryCreate</c> with that one argument replaced — checked for every parameter of every record,
/// with values taken from another instance of the reference dataset.
/// </summary>
public sealed class WithTests
{
    private static readonly CentralAsiaDataset Data = ReferenceData.XianSummit2023;

    public static TheoryData<string> Records() => new(RecordTypes().Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Records))]
    public void With_takes_each_parameter_of_try_create_as_a_change_in_the_same_order(string name)
    {
        var type = RecordTypes().Single(t => t.Name == name);
        var tryCreate = TryCreate(type).GetParameters();
        var with = With(type).GetParameters();
        Assert.Equal(tryCreate.Select(p => p.Name), with.Select(p => p.Name));
        Assert.Equal(tryCreate.Select(p => typeof(Change<>).MakeGenericType(p.ParameterType)), with.Select(p => p.ParameterType));
        Assert.All(with, p => Assert.True(p.HasDefaultValue, $"{p.Name} can be left out"));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void With_nothing_is_an_equal_copy_and_each_change_is_try_create_with_that_argument(string name)
    {
        var type = RecordTypes().Single(t => t.Name == name);
        var instances = TryCreateAllocationTests.InstancesOf(type);
        var (a, b) = (instances[0], instances[^1]);
        var parameters = TryCreate(type).GetParameters();
        var unchanged = (dynamic)With(type).Invoke(a, parameters.Select(p => Activator.CreateInstance(typeof(Change<>).MakeGenericType(p.ParameterType))).ToArray())!;
        Assert.True(unchanged.IsValid);
        Assert.Equal(a, (object)unchanged.Value);

        for (var k = 0; k < parameters.Length; k++)
        {
            var own = parameters.Select(p => Property(type, p).GetValue(a)).ToArray();
            own[k] = Property(type, parameters[k]).GetValue(b);
            var expected = (dynamic)TryCreate(type).Invoke(null, own)!;
            var changes = parameters.Select((p, i) => i == k
                ? Activator.CreateInstance(typeof(Change<>).MakeGenericType(p.ParameterType), own[k])
                : Activator.CreateInstance(typeof(Change<>).MakeGenericType(p.ParameterType))).ToArray();
            var actual = (dynamic)With(type).Invoke(a, changes)!;
            Assert.Equal((bool)expected.IsValid, (bool)actual.IsValid);
            Assert.Equal((object)expected.Errors, (object)actual.Errors);
            if (expected.IsValid)
            {
                Assert.Equal((object)expected.Value, (object)actual.Value);
            }
        }
    }

    [Fact]
    public void A_flow_changes_one_field_at_a_time_clears_an_optional_one_and_reports_a_bad_value_with_its_pointer()
    {
        var flow = Data.TradeFlows.First(f => f.Note is not null);
        var doubled = flow.With(value: new Money(flow.Value.Amount * 2, flow.Value.Currency)).Value;
        Assert.Equal(flow.Value.Amount * 2, doubled.Value.Amount);
        Assert.Equal((flow.Reporter, flow.Partner, flow.Period, flow.Note, flow.Citations), (doubled.Reporter, doubled.Partner, doubled.Period, doubled.Note, doubled.Citations));

        Assert.Null(flow.With(note: null, estimated: false).Value.Note);

        var negative = flow.With(value: new Money(-1m, CurrencyCode.Usd));
        Assert.False(negative.IsValid);
        Assert.Equal((ErrorCodes.MoneyNegative, "/value/amount"), (negative.Errors[0].Code, negative.Errors[0].Path));
    }

    [Fact]
    public void A_change_is_given_or_not_and_equal_by_value()
    {
        Change<string?> none = default;
        Change<string?> toNull = null;
        Assert.False(none.IsGiven);
        Assert.True(toNull.IsGiven);
        Assert.Null(toNull.Value);
        Assert.Equal("kept", none.Or("kept"));
        Assert.Null(toNull.Or("kept"));
        Assert.Equal("No new String was given.", Assert.Throws<InvalidOperationException>(() => none.Value).Message);
        Assert.True(default(Change<int>) == default(Change<int>));
        Assert.True(new Change<int>(1) != new Change<int>(2));
        Assert.Equal("3", new Change<int>(3).ToString());
        Assert.Equal("(no change)", none.ToString());
        Assert.Equal("null", toNull.ToString());
        Assert.True(none != toNull);
        Assert.True(new Change<int>(3) == 3);
        Assert.Equal(new Change<int>(3).GetHashCode(), ((Change<int>)3).GetHashCode());
        Assert.False(new Change<int>(3).Equals((object)3));
        Assert.NotEqual(default(Change<int>), new Change<int>(0));
    }

    private static IEnumerable<Type> RecordTypes() =>
        typeof(CountryCode).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static) is { } m && m.ReturnType == typeof(ValidationResult<>).MakeGenericType(t))
            .Where(t => t != typeof(CentralAsiaDataset) && t != typeof(TradeLedger));

    private static MethodInfo TryCreate(Type type) => type.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static)!;

    private static MethodInfo With(Type type) => type.GetMethod("With", BindingFlags.Public | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"{type.Name} has no With.");

    private static PropertyInfo Property(Type type, ParameterInfo parameter) =>
        type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!;
}
