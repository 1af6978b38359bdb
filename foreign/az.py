"""Runs Debian's Azure CLI unchanged, except for one client-side setting that only an offline machine needs.

MSAL (1.21, under azure-cli 2.45) validates any authority host it does not know by asking
https://login.microsoftonline.com/common/discovery/instance, which is unreachable here; it skips that request for
the hosts in msal.authority.WELL_KNOWN_AUTHORITY_HOSTS. Adding the emulator's host there is the only change: every
request the CLI then makes (OpenID metadata, token, ARM) goes to the emulator exactly as the CLI sends it.
"""
import sys
from urllib.parse import urlparse

import msal.authority

for url in sys.argv[1].split(","):
    msal.authority.WELL_KNOWN_AUTHORITY_HOSTS.add(urlparse(url).hostname)

# Debian's azure-cli 2.45 and its python3-azure (20230112) do not fit together in two places; both break the CLI
# before it sends any request, so they are mended here on the client side (the requests stay the CLI's own):
# - the CLI's "latest" profile asks azure-mgmt-network for api-version 2022-01-01, whose models Debian does not
#   ship (network commands die with "'NoneType' object has no attribute 'standard_medium'"): use 2022-07-01, the
#   version Debian ships;
# - the role commands read `client.config`, which the authorization SDK 3.x names `_config`.
from azure.cli.core.profiles import ResourceType  # noqa: E402
from azure.cli.core.profiles._shared import AZURE_API_PROFILES  # noqa: E402

AZURE_API_PROFILES["latest"][ResourceType.MGMT_NETWORK] = "2022-07-01"

import azure.mgmt.authorization as _authorization  # noqa: E402,F401
import importlib  # noqa: E402
import pkgutil  # noqa: E402

for _info in pkgutil.iter_modules(_authorization.__path__):
    if not _info.name.startswith("v20"):
        continue
    try:
        _ops = importlib.import_module(f"azure.mgmt.authorization.{_info.name}.operations")
    except ImportError:
        continue
    for _name in dir(_ops):
        _cls = getattr(_ops, _name)
        if isinstance(_cls, type) and _name.endswith("Operations") and not hasattr(_cls, "config"):
            _cls.config = property(lambda self: self._config)

sys.argv = ["az"] + sys.argv[2:]
from azure.cli.__main__ import *  # noqa: E402,F401,F403  (runs the CLI, as /usr/bin/az does)
