using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CentralAsia.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CentralAsia.Domain.Tests.Generators;

/// <summary>A generated field value and the errors (code, JSON Pointer) it must cause on its own.</summary>
public sealed record Field<T>(T Value, ImmutableArray<(string Code, string Path)> Expected)
{
    public override string ToString() => $"{Value} → [{string.Join(", ", Expected)}]";
}

/// <summary>Builds field generators that mix valid values with each documented class of invalid value.</summary>
public static class Field
{
    public static Gen<Field<T>> Valid<T>(Gen<T> values) => values.Select(v => new Field<T>(v, []));

    public static Gen<Field<T>> Invalid<T>(T value, string code, string path) => Gen.Constant(new Field<T>(value, [(code, path)]));

    /// <summary>Valid two times in three, otherwise one of the invalid classes.</summary>
    public static Gen<Field<T>> Either<T>(Gen<Field<T>> valid, params Gen<Field<T>>[] invalid) =>
        Gen.Frequency((2, valid), (1, Gen.OneOf(invalid)));

    /// <summary>Asserts that exactly the expected errors were reported, and that the constructor agrees with TryCreate.</summary>
    public static void AssertExactErrors<T>(ValidationResult<T> result, Func<T> construct, IEnumerable<(string Code, string Path)> expected)
        where T : class
    {
        var wanted = expected.Order().ToArray();
        var actual = result.Errors.Select(e => (e.Code, e.Path)).Order().ToArray();
        Assert.Equal(wanted, actual);
        Assert.Equal(wanted.Length == 0, result.IsValid);
        if (wanted.Length == 0)
        {
            Assert.Equal(result.Value, construct());
        }
        else
        {
            var exception = Assert.Throws<DomainValidationException>(construct);
            Assert.Equal(result.Errors, exception.Errors);
            Assert.All(result.Errors, e => Assert.Contains(e.Path.Length == 0 ? "(root)" : e.Path, exception.Message, StringComparison.Ordinal));
            Assert.Throws<DomainValidationException>(() => result.Value);
        }
    }

    public static IEnumerable<(string Code, string Path)> All(params IEnumerable<(string Code, string Path)>[] parts) => parts.SelectMany(p => p);
}
