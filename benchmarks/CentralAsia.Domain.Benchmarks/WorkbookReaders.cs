using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// The measurement behind choosing ExcelDataReader for GCDF workbooks: a generated N-row, 40-column sheet (a third of
/// the cells numbers, as in GCDF) read cell by cell with ExcelDataReader and with MiniExcel, two rounds each, time and
/// bytes allocated. A console mode (one process, so the peak working set is only indicative).
///   dotnet run -c Release -- xlsx-readers 50000
/// </summary>
public static class WorkbookReaders
{
    public static int Run(int rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // as CentralAsia.Domain.Import does
        var path = Path.Combine(Path.GetTempPath(), $"gcdf-shaped-{rows}.xlsx");
        if (!File.Exists(path))
        {
            MiniExcelLibs.MiniExcel.SaveAs(path, Generate(rows), sheetName: "GCDF_3.0");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workbook rows={rows} columns=40 bytes={new FileInfo(path).Length}"));
        for (var round = 1; round <= 2; round++)
        {
            Measure($"round {round} ExcelDataReader", () =>
            {
                long cells = 0;
                using var stream = File.OpenRead(path);
                using var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(stream);
                do
                {
                    while (reader.Name == "GCDF_3.0" && reader.Read())
                    {
                        for (var c = 0; c < reader.FieldCount; c++)
                        {
                            cells += reader.GetValue(c) is null ? 0 : 1;
                        }
                    }
                }
                while (reader.NextResult());
                return cells;
            });
            Measure($"round {round} MiniExcel", () =>
            {
                long cells = 0;
                foreach (IDictionary<string, object?> row in MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: true, sheetName: "GCDF_3.0"))
                {
                    cells += row.Values.Count(v => v is not null);
                }

                return cells;
            });
        }

        return 0;
    }

    private static void Measure(string name, Func<long> read)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var cells = read();
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {watch.ElapsedMilliseconds} ms, {cells} cells, allocated {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576} MiB, peak working set so far {process.PeakWorkingSet64 / 1048576} MiB"));
    }

    private static IEnumerable<Dictionary<string, object>> Generate(int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            var row = new Dictionary<string, object>(40);
            for (var c = 0; c < 40; c++)
            {
                row["Column " + c.ToString(CultureInfo.InvariantCulture)] = c % 3 == 0 ? (object)((i * 1.5) + c) : $"text value {i} {c}";
            }

            yield return row;
        }
    }
}
