using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Polemos.Server;

/// <summary>Lets a request through only with the server's token as <c>Authorization: Bearer</c>; otherwise 401.</summary>
public sealed class BearerToken(string token) : IEndpointFilter
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        string header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        bool ok = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token);
        if (!ok)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiResults.Error(StatusCodes.Status401Unauthorized,
                header.Length == 0 ? "this request writes: it needs the server's token as 'Authorization: Bearer TOKEN'" : "the token is not the server's token");
        }

        return await next(context).ConfigureAwait(false);
    }
}
