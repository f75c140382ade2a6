using System;
using System.Collections.Immutable;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;

namespace CentralAsia.Domain.Tests.Generators;

/// <summary>Field generators shared by the record properties: names, prose, citations, lists.</summary>
public static class InvalidFields
{
    public static Gen<Field<string?>> Name(string path) => Field.Either(
        Field.Valid(DomainGen.Name.Select(s => (string?)s)),
        Field.Invalid<string?>(null, ErrorCodes.ValueRequired, path),
        Field.Invalid<string?>("   ", ErrorCodes.TextBlank, path),
        Field.Invalid<string?>(new string('x', 501), ErrorCodes.TextTooLong, path),
        Field.Invalid<string?>("tab\there", ErrorCodes.TextControlCharacter, path));

    public static Gen<Field<string?>> OptionalProse(string path) => Field.Either(
        Field.Valid(Gen.Elements<string?>(null, "Derived from 2023 figures\nand growth rates.")),
        Field.Invalid<string?>("", ErrorCodes.TextBlank, path),
        Field.Invalid<string?>(new string('x', 10_001), ErrorCodes.TextTooLong, path),
        Field.Invalid<string?>("bell\a", ErrorCodes.TextControlCharacter, path));

    public static Gen<Field<string?>> Prose(string path) => Field.Either(
        Field.Valid(DomainGen.Name.Select(s => (string?)s)),
        Field.Invalid<string?>(null, ErrorCodes.ValueRequired, path),
        Field.Invalid<string?>(" \n ", ErrorCodes.TextBlank, path),
        Field.Invalid<string?>(new string('x', 10_001), ErrorCodes.TextTooLong, path));

    public static Gen<Field<EquatableArray<SourceId>>> Citations(bool nonEmpty = false) => Field.Either(
        Field.Valid(nonEmpty ? DomainGen.NonEmptyDistinctArray(DomainGen.SourceId, 3) : DomainGen.DistinctArray(DomainGen.SourceId, 3)),
        Field.Invalid<EquatableArray<SourceId>>([SourceId.Parse("s1"), SourceId.Parse("s1")], ErrorCodes.CollectionDuplicate, "/citations/1"),
        Field.Invalid<EquatableArray<SourceId>>([null!], ErrorCodes.ValueRequired, "/citations/0"),
        nonEmpty ? Field.Invalid<EquatableArray<SourceId>>([], ErrorCodes.CollectionEmpty, "/citations") : Field.Invalid<EquatableArray<SourceId>>([SourceId.Parse("s2"), null!], ErrorCodes.ValueRequired, "/citations/1"));

    public static Gen<Field<EquatableArray<string>>> Names(string path) => Field.Either(
        Field.Valid(DomainGen.DistinctArray(DomainGen.Name, 3)),
        Field.Invalid<EquatableArray<string>>(["Kirghizia", "Kirghizia"], ErrorCodes.CollectionDuplicate, path + "/1"),
        Field.Invalid<EquatableArray<string>>(["ok", " "], ErrorCodes.TextBlank, path + "/1"),
        Field.Invalid<EquatableArray<string>>([null!], ErrorCodes.ValueRequired, path + "/0"));

    /// <summary>A list of distinct values from a small pool (so that some generated lists hold duplicates on purpose only).</summary>
    public static Gen<Field<EquatableArray<T>>> DistinctList<T>(Gen<T> items, T duplicate, string path, bool nonEmpty)
    {
        var valid = Field.Valid(nonEmpty ? DomainGen.NonEmptyDistinctArray(items, 4) : DomainGen.DistinctArray(items, 4));
        var twice = Field.Invalid<EquatableArray<T>>([duplicate, duplicate], ErrorCodes.CollectionDuplicate, path + "/1");
        return nonEmpty
            ? Field.Either(valid, twice, Field.Invalid<EquatableArray<T>>([], ErrorCodes.CollectionEmpty, path))
            : Field.Either(valid, twice);
    }

    public static Gen<Field<TEnum>> Enum<TEnum>(string path)
        where TEnum : struct, System.Enum => Field.Either(
        Field.Valid(Gen.Elements(System.Enum.GetValues<TEnum>())),
        Field.Invalid((TEnum)(object)99, ErrorCodes.EnumUndefined, path));

    public static Gen<Field<T>> RequiredStruct<T>(Gen<T> valid, string path)
        where T : struct => Field.Either(Field.Valid(valid), Field.Invalid(default(T), ErrorCodes.ValueRequired, path));

    public static Gen<Field<T?>> RequiredReference<T>(Gen<T> valid, string path)
        where T : class => Field.Either(Field.Valid(valid.Select(v => (T?)v)), Field.Invalid<T?>(null, ErrorCodes.ValueRequired, path));

    public static ImmutableArray<(string Code, string Path)> None => [];
}
