#include "commandline.h"

// The list of command-line steps. To add a command, write it in its own file
// under src/cli/ (a CliStep subclass and a make...Step() factory) and add one
// declaration and one line below. Transforms (filters) run before outputs
// whatever their place here; within a phase, steps run in this order.
namespace entente {

std::unique_ptr<CliStep> makeInfoStep();
std::unique_ptr<CliStep> makeMetricsStep();
std::unique_ptr<CliStep> makePathStep();
std::unique_ptr<CliStep> makeFilterStep();
std::unique_ptr<CliStep> makePositionsExportStep();

std::vector<std::unique_ptr<CliStep>> createCliSteps()
{
    std::vector<std::unique_ptr<CliStep>> steps;
    steps.push_back(makeInfoStep());
    steps.push_back(makeMetricsStep());
    steps.push_back(makePathStep());
    steps.push_back(makeFilterStep());
    steps.push_back(makePositionsExportStep());
    return steps;
}

} // namespace entente
