using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Geography;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Region"/>: the UN M49 code, <c>"143"</c>, as a string (also as a dictionary key).
/// Reading accepts only the canonical form and throws <see cref="CentralAsiaJsonException"/> with the error code otherwise.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the type, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the value.</remarks>
public sealed class RegionConverter : TextValueConverter<Region>
{
    internal override Region ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ValueReaders.ReadRegion(ref reader, state);
}
