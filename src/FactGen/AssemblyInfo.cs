// The runtime's public types appear in the public API that generated code adds to a project: a CLS-compliant
// project (CS3003 on every generated property otherwise) needs them to be compliant too.
[assembly: System.CLSCompliant(true)]
