using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// Creates the converter of <see cref="EquatableArray{T}"/> for the type of a converter, with no
/// reflection: the generic instantiation is made where the element type is known statically, so it
/// exists under Native AOT.
/// </summary>
internal interface IArrayConverterSource
{
    /// <summary>A converter of an equatable array of this converter's type.</summary>
    JsonConverter CreateArrayConverter();
}
