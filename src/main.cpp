#include "cli/cli.h"

int main(int argc, char** argv) { return slim::RunCli(argc, argv); }
