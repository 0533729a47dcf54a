# jmcp built-in block.cmd, used when neither the working directory nor the devices file's
# directory has a block.cmd of its own.
# One regex per line, matched from the start of each operational command (whitespace
# normalised, case ignored, keywords also matched when abbreviated: "req sys reb").
request system reboot
request system halt
request system power-cycle
request system power-off
request system zeroize
