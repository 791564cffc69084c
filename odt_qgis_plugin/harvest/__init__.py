"""The harvest: ask each actor's platforms what they publish, politely, resumably."""
