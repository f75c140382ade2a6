using System;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace CentralAsia.Domain.EntityFrameworkCore.Conversion;

/// <summary>Stores a NodaTime <see cref="LocalDate"/> as a <see cref="DateOnly"/> (a SQL <c>date</c> where the database has one).</summary>
public sealed class LocalDateValueConverter : ValueConverter<LocalDate, DateOnly>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateValueConverter()
        : base(date => date.ToDateOnly(), value => LocalDate.FromDateOnly(value))
    {
    }
}
