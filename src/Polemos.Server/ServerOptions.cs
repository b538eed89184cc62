using System.Net;

namespace Polemos.Server;

/// <summary>How <c>polemos serve</c> listens and what it serves.</summary>
public sealed record ServerOptions
{
    /// <summary>The address to listen on: the loopback interface unless told otherwise (<c>--bind</c>).</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port (<c>--port</c>); 0 picks a free one.</summary>
    public int Port { get; init; } = 8765;

    /// <summary>The token that writes must present as <c>Authorization: Bearer</c>.</summary>
    public required string Token { get; init; }

    /// <summary>The built web page (index.html and its files), or null when it is not built.</summary>
    public string? WebRoot { get; init; }

    /// <summary>The largest request body accepted, in bytes; larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 8L * 1024 * 1024;
}
