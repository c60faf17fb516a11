-- Closures, upvalues, metatables and method calls: a small class
-- hierarchy of shapes, counters made by closures, an iterator.
local scale = tonumber(arg and arg[1]) or 100
local n = math.max(100, 100000 * scale // 100)

local Shape = {}
Shape.__index = Shape
function Shape.new(w, h) return setmetatable({ w = w, h = h }, Shape) end
function Shape:area() return self.w * self.h end
function Shape:grow(d) self.w = self.w + d; self.h = self.h + d; return self end

local Square = setmetatable({}, { __index = Shape })
Square.__index = Square
function Square.new(s) return setmetatable(Shape.new(s, s), Square) end
function Square:area() return self.w * self.w end

local function counter()
  local c = 0
  return function(d) c = c + d; return c end
end

local function range(k)
  local i = 0
  return function() i = i + 1; if i <= k then return i end end
end

local total, count = 0, counter()
for i = 1, n do
  local s = (i % 3 == 0) and Square.new(i % 17) or Shape.new(i % 13, i % 11)
  total = (total + s:grow(1):area()) % 1000000007
  count(i % 5)
end
local r = 0
for _ = 1, 20 do
  for i in range(n // 20) do r = r + i % 7 end
end
print("checksum: " .. total .. " " .. count(0) .. " " .. r)
