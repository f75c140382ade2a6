using System;
using System.Collections.Generic;
using System.Text.Json;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The base of the converters of value objects written as one string in their canonical text form
/// (<c>"KZ"</c>, <c>"2022-05"</c>, <c>"30 bcm/yr"</c>, <c>"xi-jinping"</c>, …). They can be
/// dictionary keys too.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Only this library derives from it. Reading accepts the canonical form only, as the
/// dataset reader does (no lenient alternatives); <c>default</c> of a value type means "no value" and
/// is not written.</remarks>
public abstract class TextValueConverter<T> : DomainConverter<T>
    where T : ISpanFormattable
{
    private protected TextValueConverter()
    {
    }

    internal override bool CanBeKey => true;

    internal override void WriteCore(Utf8JsonWriter writer, T value) => JsonWrite.FormattedValue(writer, value);

    internal override void WriteKey(Utf8JsonWriter writer, T value) => JsonWrite.FormattedName(writer, value);

    internal override string? WriteProblem(T value) =>
        typeof(T).IsValueType && EqualityComparer<T>.Default.Equals(value, default) ? NoValue(typeof(T).Name) : null;
}
