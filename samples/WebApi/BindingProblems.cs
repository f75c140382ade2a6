using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WebApi;

/// <summary>
/// Turns a failed binding of a query or route value into a 400 problem that names the parameter and
/// carries the library's error code and message: minimal APIs bind the value types through their
/// <c>TryParse</c>, which says only "no"; the library's <c>TypeConverter</c> says why.
/// </summary>
internal static class BindingProblems
{
    internal static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters()
            .Where(p => p.Name is not null && (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var t && (t.IsPrimitive || TypeDescriptor.GetConverter(t).CanConvertFrom(typeof(string))))
            .ToArray();
        return invocation =>
        {
            var http = invocation.HttpContext;
            if (http.Response.StatusCode != StatusCodes.Status400BadRequest)
            {
                return next(invocation);
            }

            // Binding failed before the handler: find the parameter and say why.
            foreach (var parameter in parameters)
            {
                if (Problem(http, parameter) is { } problem)
                {
                    http.Response.StatusCode = StatusCodes.Status200OK; // the problem result sets its own status
                    return ValueTask.FromResult<object?>(problem);
                }
            }

            return next(invocation);
        };
    }

    private static IResult? Problem(HttpContext http, ParameterInfo parameter)
    {
        var raw = http.Request.RouteValues.TryGetValue(parameter.Name!, out var route) ? route as string : http.Request.Query[parameter.Name!].ToString();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(raw);
            return null;
        }
        catch (FormatException e)
        {
            var code = e.Data["ErrorCode"] as string;
            var message = code is null ? $"'{raw}' is not a valid {type.Name}." : e.Message;
            return Api.BadParameter(parameter.Name!, message, code);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or NotSupportedException)
        {
            return Api.BadParameter(parameter.Name!, $"'{raw}' is not a valid {type.Name}.");
        }
    }
}
