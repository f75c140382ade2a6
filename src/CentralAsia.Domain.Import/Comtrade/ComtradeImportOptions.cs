namespace CentralAsia.Domain.Import.Comtrade;

/// <summary>How to import a UN Comtrade file: the source its flows cite, and what to do with bad rows.</summary>
/// <param name="Source">The source every flow cites.</param>
public sealed record ComtradeImportOptions(ImportSource Source)
{
    /// <summary>What to do with bad rows; <see cref="ImportErrorPolicy.StopAtFirst"/> unless set.</summary>
    public ImportErrorPolicy Errors { get; init; } = ImportErrorPolicy.StopAtFirst;
}
