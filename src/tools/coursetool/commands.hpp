#pragma once
// The subcommands of coursetool; each gets argv without the program name's "coursetool".
// argv[0] is the subcommand itself ("check", "stats", "play", "ui-keys").
int runCheck(int argc, char** argv);
int runStats(int argc, char** argv);
int runPlay(int argc, char** argv);
int runUiKeys(int argc, char** argv);
int runIndex(int argc, char** argv);
