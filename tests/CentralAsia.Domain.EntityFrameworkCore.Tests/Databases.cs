using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CentralAsia.Domain.EntityFrameworkCore.Tests;

/// <summary>The two databases every test runs against.</summary>
public abstract class Database : IDisposable
{
    public abstract string Name { get; }

    /// <summary>Whether a decimal reads back with its scale (PostgreSQL's numeric does; EF Core's SQLite provider writes 1.50 as "1.5").</summary>
    public abstract bool KeepsDecimalScale { get; }

    /// <summary>A context on a new, empty database with the schema created.</summary>
    public abstract DatasetContext NewDatabase();

    /// <summary>Another context on the same database as <paramref name="context"/>.</summary>
    public abstract DatasetContext Reopen(DatasetContext context);

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>SQLite, embedded: one file per database in a temporary folder.</summary>
public sealed class SqliteDatabase : Database
{
    private readonly string folder = Directory.CreateTempSubdirectory("centralasia-sqlite-").FullName;

    public override string Name => "SQLite";

    public override bool KeepsDecimalScale => false;

    public override DatasetContext NewDatabase()
    {
        var context = Open($"Data Source={Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db")}");
        context.Database.EnsureCreated();
        return context;
    }

    public override DatasetContext Reopen(DatasetContext context) => Open(context.Database.GetConnectionString()!);

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        base.Dispose();
    }

    private static DatasetContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<DatasetContext>().UseSqlite(connectionString).Options);
}

/// <summary>
/// PostgreSQL: the server named by <c>CENTRALASIA_POSTGRES</c> (a connection string; <c>.ci/run</c> starts a
/// throwaway cluster and sets it), or else a throwaway cluster started here from the installed server
/// binaries on a free loopback port. Without either, the tests say so and are skipped — except under CI,
/// where they fail.
/// </summary>
public sealed class PostgresDatabase : Database
{
    private readonly string? cluster;
    private readonly string? unavailable;
    private readonly string server;

    public PostgresDatabase()
    {
        if (Environment.GetEnvironmentVariable("CENTRALASIA_POSTGRES") is { Length: > 0 } given)
        {
            server = given;
            return;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            server = string.Empty;
            unavailable = "No PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) and no CENTRALASIA_POSTGRES: the PostgreSQL tests cannot run here.";
            return;
        }

        cluster = Directory.CreateTempSubdirectory("centralasia-pg-").FullName;
        var port = FreePort();
        if (Environment.UserName == "root")
        {
            Run("chown", $"postgres {cluster}");
        }
        RunAsPostgres(Path.Combine(bin, "initdb"), $"-D {cluster}/data -A trust -U postgres --no-sync -E UTF8");
        RunAsPostgres(Path.Combine(bin, "pg_ctl"), $"-D {cluster}/data -l {cluster}/log -w -o \"-p {port} -k {cluster} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
        server = $"Host=127.0.0.1;Port={port};Username=postgres";
        stop = () => RunAsPostgres(Path.Combine(bin, "pg_ctl"), $"-D {cluster}/data -m immediate -w stop");
    }

    private readonly Action? stop;

    public override string Name => "PostgreSQL";

    public override bool KeepsDecimalScale => true;

    public override DatasetContext NewDatabase()
    {
        if (unavailable is not null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(unavailable + " CI must run them.");
            }

            Assert.Skip(unavailable);
        }

        var context = Open($"{server};Database=t{Guid.NewGuid():N}");
        context.Database.EnsureCreated();
        return context;
    }

    public override DatasetContext Reopen(DatasetContext context) => Open(context.Database.GetConnectionString()!);

    public override void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        stop?.Invoke();
        if (cluster is not null)
        {
            Directory.Delete(cluster, recursive: true);
        }

        base.Dispose();
    }

    private static DatasetContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<DatasetContext>().UseNpgsql(connectionString).Options);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The server refuses to run as root: run its tools as the postgres user then.
    private static void RunAsPostgres(string tool, string arguments)
    {
        if (Environment.UserName == "root")
        {
            Run("runuser", $"-u postgres -- {tool} {arguments}");
        }
        else
        {
            Run(tool, arguments);
        }
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({(process.HasExited ? process.ExitCode : "timeout")}): {output.Result}{error.Result}");
        }
    }
}
