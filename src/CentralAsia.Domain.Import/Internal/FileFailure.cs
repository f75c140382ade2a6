using System;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// The file cannot be read on (malformed, unknown layout, a required column missing): thrown by a row source or a
/// mapper and turned by the import into an <see cref="ImportException"/> carrying the summary so far.
/// </summary>
internal sealed class FileFailure(ImportError error) : Exception(error.ToString())
{
    internal ImportError Error { get; } = error;
}
