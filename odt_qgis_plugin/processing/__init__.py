"""Processing algorithms: each long operation of the plugin, for models, batch mode and the toolbox."""
