// A linter for CentralAsia.Domain data files: checks .json datasets and .jsonl record streams and
// lists every error as "file:line  /json/pointer  code  message". It is `centralasia validate`, the
// tool's command (src/CentralAsia.Domain.Tool), run from the repository without installing it.
//
//   dotnet run --project samples/Validate -- data/*.json flows.jsonl
//   dotnet run --project samples/Validate -- --format json dataset.json
//
// Exit code: 0 every file is valid, 1 some file is invalid, 2 usage or I/O error.
return await CentralAsia.Tool.Cli.RunAsync(["validate", .. args], CentralAsia.Tool.Terminal.FromConsole());
