using System.IO;

namespace CentralAsia.Domain.Columnar.Internal;

// The caller's stream failed (a disk or network error): not a damaged file. Callers catch it as IOException.
internal sealed class SourceIOException : IOException
{
    internal SourceIOException(IOException inner)
        : base(inner.Message, inner)
    {
    }
}
