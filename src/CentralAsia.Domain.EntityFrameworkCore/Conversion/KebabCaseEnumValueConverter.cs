using System;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CentralAsia.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores an enumeration of the library as the kebab-case name its JSON uses
/// (<c>"under-construction"</c>), so that rows read well in SQL and do not depend on numeric values.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
/// <remarks>A name that is not a defined value throws <see cref="FormatException"/> (code <c>enum.undefined</c>
/// in <c>Data["ErrorCode"]</c>) listing the valid names.</remarks>
public sealed class KebabCaseEnumValueConverter<TEnum> : ValueConverter<TEnum, string>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public KebabCaseEnumValueConverter()
        : base(value => Columns.EnumName(value), text => Columns.EnumValue<TEnum>(text))
    {
    }
}
