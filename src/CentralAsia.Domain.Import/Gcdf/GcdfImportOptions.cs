using System.Collections.Generic;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Import.Gcdf;

/// <summary>How to import a GCDF file: the source its commitments cite, what to do with bad rows, and links to projects.</summary>
/// <param name="Source">The source every commitment cites.</param>
public sealed record GcdfImportOptions(ImportSource Source)
{
    /// <summary>What to do with bad rows; <see cref="ImportErrorPolicy.StopAtFirst"/> unless set.</summary>
    public ImportErrorPolicy Errors { get; init; } = ImportErrorPolicy.StopAtFirst;

    /// <summary>
    /// The infrastructure project each AidData record finances, where the caller knows it (GCDF has no project ids of
    /// this library): a record whose id is a key gets <see cref="Finance.FinanceCommitment.Project"/>.
    /// </summary>
    public IReadOnlyDictionary<int, ProjectId> ProjectLinks { get; init; } = new Dictionary<int, ProjectId>();

    /// <summary>The workbook's sheet to read; <c>GCDF_3.0</c> unless set.</summary>
    public string Sheet { get; init; } = "GCDF_3.0";
}
