using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Validation;

/// <summary>
/// Validating a valid record allocates nothing but the record and its <see cref="ValidationResult{T}"/>: error paths
/// (JSON Pointers) and messages are built only when an error is found. Every record with a <c>TryCreate</c> is found by
/// reflection and re-created from each instance of it in the reference dataset (the one with the most aliases, terms,
/// history…); the bytes are counted, not timed.
/// </summary>
public sealed class TryCreateAllocationTests
{
    private static readonly CentralAsiaDataset Data = ReferenceData.XianSummit2023;

    public static TheoryData<string> Records() => new(RecordTypes().Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Records))]
    public void Try_create_of_a_valid_record_allocates_only_the_record_and_its_result(string name)
    {
        var type = RecordTypes().Single(t => t.Name == name);
        var recreate = Recreate(type);
        var instances = Instances(type);
        Assert.NotEmpty(instances);
        var expected = SizeOf(type) + SizeOf(typeof(ValidationResult<>).MakeGenericType(type));
        foreach (var instance in instances)
        {
            Assert.True(((dynamic)recreate(instance)).IsValid);
            var perCall = BytesPerCall(recreate, instance);
            Assert.True(perCall == expected, $"{name} {instance}: {perCall} B per TryCreate, expected {expected} B (the record and its result)");
        }
    }

    [Fact]
    public void Every_record_with_try_create_is_measured()
    {
        string[] expected = ["Commitment", "Country", "FinanceCommitment", "InfrastructureProject", "Leader", "NameAlias", "Office", "PersonName", "Quote", "Source", "StatusChange", "Summit", "SummitDeclaration", "Term", "TradeFlow"];
        Assert.Equal(expected, RecordTypes().Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    // The records of the model with a TryCreate taking their own properties; the dataset (it builds its indexes) and
    // the ledger (not a record) are measured by the benchmarks instead.
    private static IEnumerable<Type> RecordTypes() =>
        typeof(CountryCode).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static) is { } m && m.ReturnType == typeof(ValidationResult<>).MakeGenericType(t))
            .Where(t => t != typeof(CentralAsiaDataset) && t != typeof(TradeLedger));

    internal static List<object> InstancesOf(Type type) => Instances(type);

    private static List<object> Instances(Type type)
    {
        var leaders = Data.Leaders;
        var all = new List<object>();
        all.AddRange(Data.Sources);
        all.AddRange(Data.Countries);
        all.AddRange(leaders);
        all.AddRange(leaders.Select(l => l.Name));
        all.AddRange(leaders.SelectMany(l => l.Name.Aliases));
        all.AddRange(leaders.SelectMany(l => l.Terms));
        all.AddRange(leaders.SelectMany(l => l.Terms).Select(t => t.Office));
        all.AddRange(Data.TradeFlows);
        all.AddRange(Data.Projects);
        all.AddRange(Data.Projects.SelectMany(p => p.History));
        all.AddRange(Data.Summits);
        all.AddRange(Data.Declarations);
        all.AddRange(Data.Declarations.SelectMany(d => d.Commitments));
        all.AddRange(Data.Declarations.SelectMany(d => d.Quotes));
        all.Add(Serialization.GoldenTests.LineDLoan); // the reference dataset has no finance records yet
        return all.Where(o => o.GetType() == type).ToList();
    }

    // instance => Type.TryCreate(instance.A, instance.B, …), compiled, so that the call itself allocates nothing.
    private static Func<object, object> Recreate(Type type)
    {
        var method = type.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static)!;
        var instance = Expression.Parameter(typeof(object));
        var typed = Expression.Convert(instance, type);
        var arguments = method.GetParameters().Select(p =>
        {
            var property = type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new InvalidOperationException($"{type.Name}.TryCreate's parameter '{p.Name}' is not a property of the record.");
            Expression value = Expression.Property(typed, property);
            return value.Type == p.ParameterType ? value : Expression.Convert(value, p.ParameterType);
        });
        return Expression.Lambda<Func<object, object>>(Expression.Call(method, arguments), instance).Compile();
    }

    // The results are kept in a field: the JIT allocates on the stack objects that do not escape, which would hide them.
    private static object? kept;

    // The least of several rounds: a one-time allocation of the runtime's (tiering up a method, say) lands in one
    // round only, while an allocation of every call is in all of them.
    private static long BytesPerCall(Func<object, object> recreate, object instance)
    {
        const int Calls = 64;
        for (var i = 0; i < 8; i++)
        {
            kept = recreate(instance);
        }

        var least = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Calls; i++)
            {
                kept = recreate(instance);
            }

            least = Math.Min(least, (GC.GetAllocatedBytesForCurrentThread() - before) / Calls);
        }

        return least;
    }

    private static long SizeOf(Type type)
    {
        kept = RuntimeHelpers.GetUninitializedObject(type);
        var before = GC.GetAllocatedBytesForCurrentThread();
        kept = RuntimeHelpers.GetUninitializedObject(type);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
