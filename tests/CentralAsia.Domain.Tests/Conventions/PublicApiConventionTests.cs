using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Conventions;

/// <summary>Keeps the conventions of the public API true for every public type, present and future.</summary>
public class PublicApiConventionTests
{
    // Only the library's namespaces: mutation testing (mutation/run.sh) injects Stryker.NET's own
    // public helper types into the assembly under test, and they are not part of the API.
    private static readonly Type[] PublicTypes = typeof(CountryCode).Assembly.GetExportedTypes()
        .Where(t => t.Namespace is { } ns && (ns == "CentralAsia.Domain" || ns.StartsWith("CentralAsia.Domain.", StringComparison.Ordinal)))
        .ToArray();

    public static TheoryData<string> PublicTypeNames() => new(PublicTypes.Select(t => t.FullName!));

    private static Type Named(string name) => PublicTypes.Single(t => t.FullName == name);

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Classes_are_sealed_abstract_or_static(string name)
    {
        var type = Named(name);
        if (type.IsClass)
        {
            Assert.True(type.IsSealed || type.IsAbstract, $"{type} must be sealed, abstract or static.");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void No_public_setter_or_init_accessor_can_skip_validation(string name)
    {
        // With get-only properties, a `with` expression that changes a field does not compile,
        // so no invalid record can be made by copying a valid one.
        var writable = Named(name).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } || p.SetMethod is { IsFamily: true })
            .Select(p => p.Name);
        Assert.Empty(writable);
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Public_fields_are_constants_only(string name)
    {
        var fields = Named(name).GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsLiteral && !f.DeclaringType!.IsEnum);
        Assert.Empty(fields);
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Equatable_types_define_equality_operators(string name)
    {
        var type = Named(name);
        if (type.IsInterface || type.IsGenericTypeDefinition && type.GetInterfaces().All(i => !i.IsGenericType || i.GetGenericTypeDefinition() != typeof(IEquatable<>)))
        {
            return;
        }

        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
        {
            var operators = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Select(m => m.Name).ToHashSet();
            Assert.Contains("op_Equality", operators);
            Assert.Contains("op_Inequality", operators);
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Value_types_are_readonly_and_complete(string name)
    {
        var type = Named(name);
        if (!type.IsValueType || type.IsEnum)
        {
            return;
        }

        Assert.NotNull(type.GetCustomAttribute<IsReadOnlyAttribute>());
        var interfaces = type.GetInterfaces().Select(i => i.IsGenericType ? i.GetGenericTypeDefinition() : i).ToHashSet();
        Assert.Contains(typeof(IEquatable<>), interfaces);

        // Collections and Change<T> (a parameter of With) wrap values of any type: they have no order and no text form.
        if (type.Namespace!.EndsWith(".Collections", StringComparison.Ordinal) || type == typeof(Change<>))
        {
            return;
        }

        Assert.Contains(typeof(IComparable<>), interfaces);
        Assert.Contains(typeof(IComparable), interfaces);
        Assert.Contains(typeof(ISpanParsable<>), interfaces);
        Assert.Contains(typeof(ISpanFormattable), interfaces);
    }

    [Fact]
    public void Records_offer_a_non_throwing_factory_returning_every_error()
    {
        // Records callers build (public constructors); query results are built by the library only.
        var records = PublicTypes.Where(t => t.GetMethod("<Clone>$") is not null && t.GetConstructors().Length > 0
            && t.Name != nameof(ValidationError) && t.Name != "TradePartner").ToArray();
        Assert.True(records.Length >= 14, $"Only {records.Length} records found.");
        foreach (var record in records)
        {
            var tryCreate = record.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static);
            Assert.True(tryCreate is not null, $"{record.Name} has no TryCreate.");
            Assert.Equal(typeof(ValidationResult<>).MakeGenericType(record), tryCreate!.ReturnType);
            Assert.Contains(record.GetConstructors(), c => c.GetParameters().Length == tryCreate.GetParameters().Length);
        }
    }

    [Fact]
    public void Every_error_code_is_documented()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "error-codes.md"));
        Assert.All(codes, code => Assert.Contains($"`{code}`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void The_only_runtime_dependency_is_NodaTime()
    {
        var references = typeof(CountryCode).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard");
        Assert.Equal(["NodaTime"], references);
    }

    internal static string RepositoryRoot() => CentralAsia.Tests.Shared.Repository.Root();
}
