using System;
using System.Globalization;
using System.IO;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Columnar.Internal;

// The folder names of the Hive layout: reporter=CN/year=2022.
internal static class PartitionPath
{
    internal static string Folder(CountryCode reporter, int year) =>
        Path.Combine(TradeFlowColumns.Reporter + "=" + reporter, TradeFlowColumns.Year + "=" + year.ToString(CultureInfo.InvariantCulture));

    // The partition values of a file's path relative to the dataset root, or an error message.
    internal static string? TryParse(string relativePath, out PartitionValues? values)
    {
        values = null;
        var parts = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (parts.Length != 3)
        {
            return $"A partition file lies at reporter=XX{Path.DirectorySeparatorChar}year=YYYY{Path.DirectorySeparatorChar}name.parquet under the dataset's folder; '{relativePath}' does not.";
        }

        var reporterPrefix = TradeFlowColumns.Reporter + "=";
        var yearPrefix = TradeFlowColumns.Year + "=";
        if (!parts[0].StartsWith(reporterPrefix, StringComparison.Ordinal)
            || !CountryCode.TryParse(parts[0].AsSpan(reporterPrefix.Length), out var reporter)
            || reporter.ToString() != parts[0][reporterPrefix.Length..])
        {
            return $"'{parts[0]}' is not reporter=XX with an ISO 3166-1 alpha-2 code.";
        }

        if (!parts[1].StartsWith(yearPrefix, StringComparison.Ordinal)
            || !int.TryParse(parts[1].AsSpan(yearPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1 or > 9999
            || year.ToString(CultureInfo.InvariantCulture) != parts[1][yearPrefix.Length..])
        {
            return $"'{parts[1]}' is not year=YYYY with a year from 1 to 9999.";
        }

        values = new PartitionValues(reporter, year);
        return null;
    }
}
