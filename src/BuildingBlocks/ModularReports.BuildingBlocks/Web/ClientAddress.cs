using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// The client's address as limits and lockouts count it: the connection's, or the one a trusted proxy forwarded
/// (<c>App:ForwardedHeaders:KnownProxies</c>), never a header the client sets itself. An IPv6 client counts by its /64
/// network: one subscriber is given a whole /64, so counting single addresses would give it unlimited tries.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
