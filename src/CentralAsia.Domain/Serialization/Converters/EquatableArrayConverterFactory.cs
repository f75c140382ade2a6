using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="EquatableArray{T}"/>: a JSON array whose items are
/// read and written with the converter of <c>T</c> (so an array of <c>CountryCode</c> is
/// <c>["KZ", "UZ"]</c>). A <c>null</c> array is an error; the errors of every item are reported together.
/// </summary>
/// <remarks>
/// <para>Named by <c>[JsonConverter]</c> on <see cref="EquatableArray{T}"/>, so you rarely need it directly.</para>
/// <para>For an element type of this library (every record and value type, and <see cref="string"/>)
/// the converter is made without reflection and works under Native AOT. For other element types it is
/// made by reflection, which needs dynamic code: under Native AOT such a type throws
/// <see cref="NotSupportedException"/> (hold an array or a list of it instead).</para>
/// </remarks>
public sealed class EquatableArrayConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        Preconditions.CheckNotNull(typeToConvert).IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">The element type is not one of this library's and dynamic code is not supported (Native AOT).</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var element = Preconditions.CheckNotNull(typeToConvert).GetGenericArguments()[0];
        if (element == typeof(string))
        {
            return new EquatableArrayConverter<string>();
        }

        if (JsonTypes.Find(element) is IArrayConverterSource source)
        {
            return source.CreateArrayConverter();
        }

        return RuntimeFeature.IsDynamicCodeSupported
            ? CreateByReflection(element)
            : throw new NotSupportedException($"EquatableArray<{element.Name}> cannot be serialized without dynamic code (Native AOT): {element.Name} is not a type of CentralAsia.Domain. Use an array or a list of it.");
    }

    [UnconditionalSuppressMessage("AotAnalysis", "IL3050", Justification = "Called only when RuntimeFeature.IsDynamicCodeSupported is true.")]
    [UnconditionalSuppressMessage("Trimming", "IL2071", Justification = "EquatableArrayConverter<T> has no members accessed by reflection other than its constructor, which is always kept (the library creates instances of it).")]
    private static JsonConverter CreateByReflection(Type element) =>
        (JsonConverter)Activator.CreateInstance(typeof(EquatableArrayConverter<>).MakeGenericType(element))!;
}
