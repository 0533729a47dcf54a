# block.cmd: put beside devices.json (or in the server's working directory) to replace the defaults.
# One regex per line, matched from the start of each operational command (whitespace
# normalised, case ignored, keywords also matched when abbreviated: "req sys reb").
request system reboot
request system halt
request system power-cycle
request system power-off
request system zeroize
# Site additions, e.g.:
request system software add
clear bgp neighbor
