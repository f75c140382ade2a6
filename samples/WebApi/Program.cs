// A web API that serves the reference dataset and validates datasets posted to it.
//
//   dotnet run --project samples/WebApi -- --urls http://127.0.0.1:5080
//   curl http://127.0.0.1:5080/trade?year=2022&reporter=CN
await WebApi.Api.Build(args).RunAsync();
