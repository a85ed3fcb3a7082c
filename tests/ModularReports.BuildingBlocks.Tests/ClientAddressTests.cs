using System.Net;
using ModularReports.BuildingBlocks.Web;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void An_IPv6_client_counts_by_its_64_network_and_an_IPv4_one_by_its_address(string address, string counted)
    {
        Assert.Equal(counted, ClientAddress.Of(IPAddress.Parse(address)));
    }
}
