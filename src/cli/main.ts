// The tahlil command line. Commands arrive with issue 6; until then it prints its usage.
process.stdout.write('usage: tahlil <command> [options]\n');
